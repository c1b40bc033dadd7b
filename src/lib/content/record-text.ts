/** A record's file as the site reads it, apart from the content check so that readers of records (translations, history) need not import the check. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';

/** Reads a record's text as the site does (also for past versions from Git): the whole file as YAML, or front matter and a Markdown body. Throws on broken YAML. */
export function parseRecordText(text: string, format: 'markdown' | 'yaml'): { data: unknown; body: string } {
  if (format === 'yaml') return { data: yaml.load(text) ?? {}, body: '' };
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter, body: content };
}
