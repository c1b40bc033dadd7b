/** Markdown as plain text for the data catalogues (src/lib/markdown/processor.ts). */
import { expect, it } from 'vitest';
import { markdownToText } from '../src/lib/markdown/processor.ts';

it('keeps each block as a paragraph and joins the lines within one', async () => {
  expect(await markdownToText('# Sources\n\nFrom the **Ministry**\nof Health.\n\n- Cayo\n- Toledo')).toBe('Sources\n\nFrom the Ministry of Health.\n\nCayo\n\nToledo');
});

it('writes characters, not their HTML entities', async () => {
  expect(await markdownToText('Fees &amp; charges < 5% for “small” firms &copy; 2026')).toBe('Fees & charges < 5% for “small” firms © 2026');
});

it('separates the cells of a table', async () => {
  expect(await markdownToText('| Quarter | Published |\n| --- | --- |\n| Q1 | 14 August 2026 |')).toBe('Quarter Published\n\nQ1 14 August 2026');
});

it('leaves out what the sanitiser removes from the page', async () => {
  expect(await markdownToText('Before.\n\n<script>alert("x")</script>\n\nAfter.')).toBe('Before.\n\nAfter.');
});

it('gives nothing for no text', async () => {
  expect(await markdownToText(undefined)).toBe('');
});
