/**
 * A small tokenizer for the start tags of built HTML: enough for checks over every page (links,
 * dangerous markup) without a DOM. Quoted attribute values are consumed whole, so a `<script>`
 * or `>` inside `content="…"` is not mistaken for a tag; text is escaped by Astro, so `<` in text
 * never starts one. Browser tests check the same things on the real DOM.
 */

/** One start tag: its lowercase name, its attributes (names lowercased, values entity-decoded), and its source. */
export interface Tag {
  name: string;
  attributes: Array<[name: string, value: string]>;
  source: string;
}

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Decodes the character references that matter for URLs and text checks. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every start tag of a document, in order; the contents of script and style elements are skipped. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const withoutRawText = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  for (const [source, name, rest] of withoutRawText.matchAll(tagPattern)) {
    const attributes = [...rest.matchAll(attributePattern)].map(([, attribute, double, single, bare]): [string, string] => [attribute.toLowerCase(), decodeEntities(double ?? single ?? bare ?? '')]);
    tags.push({ name: name.toLowerCase(), attributes, source });
  }
  return tags;
}
