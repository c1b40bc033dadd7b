/**
 * Reading built HTML in tests through one real parser: parse5, which follows the HTML standard's
 * parsing algorithm as browsers do (hast-util-from-html is parse5 too). So a `<script>` or `>`
 * inside an attribute value is never taken for a tag, every character reference is decoded, and
 * no test strips tags or decodes entities by hand. Browser tests check the same on the real DOM.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** One start tag: its name, its attributes (values decoded), and its source in the page. */
export interface Tag {
  name: string;
  attributes: Array<[name: string, value: string]>;
  source: string;
}

/** Every start tag written in a document, in order (not those the parser adds, such as a missing `<tbody>`). */
export function startTags(html: string): Tag[] {
  // Without scripting, <noscript> holds markup rather than text, so its tags are checked too.
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const tags: Tag[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation?.startTag;
      if (location) {
        const attributes = child.attrs.map(({ prefix, name, value }): [string, string] => [prefix ? `${prefix}:${name}` : name, value]);
        tags.push({ name: child.tagName, attributes, source: html.slice(location.startOffset, location.endOffset) });
      }
      walk(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  walk(document);
  return tags;
}

/**
 * The text of some HTML as a reader sees it, like a browser's `innerText`: entities decoded,
 * scripts, styles and hidden elements left out. Whitespace is collapsed to single spaces, for
 * "the page says…" checks; `pre` keeps it, for code.
 */
export function htmlText(html: string, { whitespace = 'normal' }: { whitespace?: 'normal' | 'pre' } = {}): string {
  const text = toText(fromHtml(html, { fragment: !/^\s*(<!doctype|<html)/i.test(html) }), { whitespace });
  return whitespace === 'pre' ? text : text.replace(/\s+/g, ' ').trim();
}

/** The text of every element with this name (`title`, `figcaption`…), whitespace collapsed. */
export function elementTexts(html: string, name: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === name) found.push(toText(node).replace(/\s+/g, ' ').trim());
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}
