/** Checkboxes in Markdown fields named in the text's language, each text rendered once (src/lib/markdown/processor.ts). */
import { expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/markdown/processor.ts';

const spanish = { done: 'Hecho', notDone: 'Pendiente' };

it('names a task list\'s checkboxes in the language asked for, whichever language rendered the text first', async () => {
  const tasks = '- [x] Terms of reference agreed\n- [ ] Minutes published';
  const inSpanish = await renderMarkdown(tasks, spanish);
  const inEnglish = await renderMarkdown(tasks);
  expect(inSpanish).toContain('aria-label="Hecho"');
  expect(inSpanish).toContain('aria-label="Pendiente"');
  expect(inEnglish).toContain('aria-label="Done"');
  expect(inEnglish).toContain('aria-label="Not done"');
  expect(inEnglish).not.toContain('Hecho');
});

it('names a checkbox written in HTML too', async () => {
  expect(await renderMarkdown('Signed: <input type="checkbox" checked disabled>', spanish)).toContain('aria-label="Hecho"');
});

it('renders a text without checkboxes the same in every language', async () => {
  const text = 'The *Ministry* publishes [its budget](/files/budget.pdf) every quarter.';
  expect(await renderMarkdown(text, spanish)).toBe(await renderMarkdown(text));
});
