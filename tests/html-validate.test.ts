/**
 * Every built page is valid HTML by html-validate's recommended rules (issue #3), which also
 * cover much of accessibility that static markup can show (labels, alt text, heading levels,
 * unique ids, button types). One test per page, so a failure names the page.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from './support/dist.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // An SEO heuristic (search engines cut long titles in their results), not validity or
      // accessibility: our titles are the records' own official titles, often 80-170 characters
      // ("BZ02: Publish priority datasets on a national open data portal…"), and cutting them
      // would leave browser tabs and bookmarks of sibling commitments indistinguishable.
      'long-title': 'off',
    },
  }),
);

const pages = htmlPages();

describe(`html-validate on every built page (${pages.length})`, () => {
  it('finds every page', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s is valid', async (path) => {
    const report = await validator.validateString(page(path), path);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(messages).toEqual([]);
  });

  it('reports invalid markup (so a silent validator cannot pass)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><img src="x.png"><div id="a"></div><div id="a"></div></body></html>');
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-dup-id']));
  });
});
