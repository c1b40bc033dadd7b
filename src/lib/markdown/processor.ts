/**
 * One Markdown pipeline for bodies (through Astro) and for Markdown fields in front matter
 * (through `renderMarkdown`): GitHub-flavoured Markdown, raw HTML parsed and then sanitised,
 * so nothing a coordinator types can run script in a reader's browser.
 */
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import rehypeLocalImages from './rehype-local-images.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import rehypeTaskListLabels, { type TaskLabels } from './rehype-task-list-labels.ts';

// Without clobberPrefix '' footnote ids get a second `user-content-` prefix and their links break.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/** Plugins for `unified()` in astro.config.mjs; rehype-raw must run before the sanitizer. */
export const markdownPlugins: { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeLocalImages, rehypeTaskListLabels, rehypeTableScroll],
};

const renderers = new Map<string, Promise<MarkdownRenderer>>();
const rendered = new Map<string, Promise<string>>();

/**
 * Renders a Markdown string (from front matter, or a translation's body) to safe HTML; `labels`
 * name task-list checkboxes in the text's language (English by default).
 */
export async function renderMarkdown(markdown: string | undefined, labels?: TaskLabels): Promise<string> {
  if (!markdown) return '';
  // The labels name checkboxes only: a text that can have none (no task `[ ]`, no `<input`) is
  // the same in every language, and rendered once for all of them.
  const named = labels && /\[[\sxX]\]|<input/i.test(markdown) ? labels : undefined;
  const key = named ? `${named.done}\u0000${named.notDone}` : '';
  if (!renderers.has(key)) {
    const rehypePlugins = markdownPlugins.rehypePlugins.map((plugin) => (named && plugin === rehypeTaskListLabels ? ([rehypeTaskListLabels, named] as const) : plugin));
    renderers.set(key, createMarkdownProcessor({ remarkPlugins: [...markdownPlugins.remarkPlugins], rehypePlugins: rehypePlugins as RehypePlugins, syntaxHighlight: false }));
  }
  // The same text is rendered for several pages (a commitment's page and its plan's print page,
  // a dataset's text in the API of each language): once is enough.
  const text = `${key}\u0000${markdown}`;
  if (!rendered.has(text)) rendered.set(text, renderers.get(key)!.then(async (renderer) => (await renderer.render(markdown)).code));
  return rendered.get(text)!;
}

/**
 * Markdown to plain text, for catalogues that take no HTML: rendered by the pipeline above
 * (sanitised, as on the page), then read as a browser's `innerText` reads it (hast-util-to-text).
 * Each block (paragraph, heading, list item, table row) becomes a paragraph of its own.
 */
export async function markdownToText(markdown: string | undefined): Promise<string> {
  return toText(fromHtml(await renderMarkdown(markdown), { fragment: true }))
    .split(/\n+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
