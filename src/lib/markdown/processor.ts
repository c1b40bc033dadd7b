/**
 * One Markdown pipeline for bodies (through Astro) and for Markdown fields in front matter
 * (through `renderMarkdown`): GitHub-flavoured Markdown, raw HTML parsed and then sanitised,
 * so nothing a coordinator types can run script in a reader's browser.
 */
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import rehypeLocalImages from './rehype-local-images.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import rehypeTaskListLabels from './rehype-task-list-labels.ts';

// Without clobberPrefix '' footnote ids get a second `user-content-` prefix and their links break.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/** Plugins for `unified()` in astro.config.mjs; rehype-raw must run before the sanitizer. */
export const markdownPlugins: { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeLocalImages, rehypeTaskListLabels, rehypeTableScroll],
};

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders a Markdown string from front matter to safe HTML. */
export async function renderMarkdown(markdown: string | undefined): Promise<string> {
  if (!markdown) return '';
  renderer ??= createMarkdownProcessor({
    remarkPlugins: [...markdownPlugins.remarkPlugins],
    rehypePlugins: [...markdownPlugins.rehypePlugins],
    syntaxHighlight: false,
  });
  const { code } = await (await renderer).render(markdown);
  return code;
}
