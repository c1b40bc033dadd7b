/**
 * No English interface string on a Spanish page (issue #18): every text and every label a reader
 * or a screen reader meets on a page under `/es/`, outside the English fallbacks marked
 * `lang="en"`, is checked against the English dictionary's strings that Spanish words differently.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { en } from '../src/lib/i18n/dictionaries/en/index.ts';
import { es } from '../src/lib/i18n/dictionaries/es/index.ts';
import { htmlPages, page } from './support/dist.ts';

/** Every string leaf of a dictionary, by its key path; functions are called with sample values. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) for (const [p, s] of leaves(child, `${path}.${key}`)) found.set(p, s);
  return found;
}

const spanishLeaves = leaves(es);
/** English strings that Spanish words otherwise, long enough not to be a name or a code. */
const englishOnly = new Set([...leaves(en)].filter(([key, text]) => text.length >= 4 && spanishLeaves.get(key) !== text).map(([, text]) => text.trim()));

/** Attributes whose words are read to the reader. */
const spokenAttributes = ['ariaLabel', 'alt', 'title', 'placeholder'];

/** The texts of a page outside `lang="en"` fallbacks, scripts and code, with where each is. */
function spanishTexts(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes, lang: string) => {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ').trim();
      if (text && !lang.startsWith('en')) texts.push(text);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    let inner = lang;
    if (node.type === 'element') {
      const element = node as Element;
      if (['script', 'style', 'code', 'pre', 'svg'].includes(element.tagName)) return;
      if (typeof element.properties.lang === 'string') inner = element.properties.lang;
      if (!inner.startsWith('en')) for (const name of spokenAttributes) if (typeof element.properties[name] === 'string') texts.push(String(element.properties[name]));
    }
    for (const child of node.children) walk(child, inner);
  };
  walk(fromHtml(html), 'es');
  return texts;
}

describe('Spanish pages', () => {
  it('show no English interface string outside the marked English fallbacks', () => {
    const found = new Map<string, Set<string>>();
    const spanish = htmlPages().filter((path) => path.startsWith('/es/'));
    expect(spanish.length).toBeGreaterThan(0);
    for (const path of spanish) {
      for (const text of spanishTexts(page(path))) {
        if (englishOnly.has(text)) found.set(text, (found.get(text) ?? new Set()).add(path));
      }
    }
    const report = [...found].map(([text, paths]) => `"${text}" on ${paths.size} pages, e.g. ${[...paths][0]}`);
    expect(report).toEqual([]);
  });
});
