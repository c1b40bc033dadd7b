/**
 * How the editor writes files (src/lib/cms/formats.ts) and tidies entries before saving (admin/tidy.ts):
 * a sample file read and written back comes out as it was, so a change made in the CMS shows in
 * Git as that change only; fields cleared in the editor are left out rather than saved as "".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, readYaml, writeFrontMatter, writeYaml } from '../src/lib/cms/formats.ts';
import { tidy } from '../admin/tidy.ts';
import { collectionNames, collections } from '../src/schemas/index.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

/** Every record file of the sample content. */
const files = collectionNames.flatMap((collection) => readdirSync(recordFolder(collection)).map((name) => ({ collection, path: join(recordFolder(collection), name) })));

/** Short lists written inline (`sdgs: [16]`) come back one item per line, YAML's usual block style, and 16.0 as 16. */
const blockLists = (text: string) =>
  text.replace(/^( *)([\w]+): \[(.+)\]$/gm, (_, indent: string, key: string, items: string) => `${indent}${key}:\n${items.split(', ').map((item) => `${indent}  - ${Number.isNaN(Number(item)) ? item : Number(item)}`).join('\n')}`);

describe('the editor\'s file formats', () => {
  it.each(files)('write $path back as it was', ({ collection, path }) => {
    const text = readFileSync(path, 'utf8');
    const markdown = collections[collection].format === 'markdown';
    const rewritten = markdown ? writeFrontMatter(readFrontMatter(text)) : writeYaml(readYaml(text));
    expect(rewritten).toBe(blockLists(text));
  });

  it('keep dates as the text YYYY-MM-DD, neither Date objects nor quoted', () => {
    const data = readFrontMatter('---\nstart: 2026-09-01\ntime: "17:30"\n---\n');
    expect(data).toEqual({ start: '2026-09-01', time: '17:30', body: '' });
    expect(writeFrontMatter(data)).toBe('---\nstart: 2026-09-01\ntime: "17:30"\n---\n');
  });

  it('never fold long lines, and keep multi-line text as written', () => {
    const summary = 'A sentence long enough to pass the eighty characters at which YAML writers like to fold lines in two.';
    expect(writeYaml({ summary, problem: 'First line.\nSecond line.\n' })).toBe(`summary: ${summary}\nproblem: |\n  First line.\n  Second line.\n`);
  });

  it('put the form\'s fields first, in its order, and a blank line before the text', () => {
    expect(writeFrontMatter({ status: 'held', title: 'A meeting', body: 'Minutes.' }, ['title', 'status'])).toBe('---\ntitle: A meeting\nstatus: held\n---\n\nMinutes.\n');
  });
});

describe('tidying an entry before it is saved', () => {
  it('leaves out fields filled in and then cleared, blank list items and groups left empty', () => {
    const entry = fromJS({
      title: 'A milestone',
      responsible: '',
      completed: null,
      budget: { amount: '', source: '' },
      contact: { name: 'Delia Cal', email: '' },
      agenda: ['Welcome', '', 'Decisions'],
      milestones: [{ title: 'One', evidence: [] }],
      online: false,
      order: 0,
    });
    expect(tidy(entry).toJS()).toEqual({
      title: 'A milestone',
      contact: { name: 'Delia Cal' },
      agenda: ['Welcome', 'Decisions'],
      milestones: [{ title: 'One', evidence: [] }],
      online: false,
      order: 0,
    });
  });
});
