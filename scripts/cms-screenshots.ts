/**
 * Takes the screenshots of the editor in docs/ (used by the README's "Editing content"), in
 * Chromium at a modest size, against a throwaway copy of content/ and the built site:
 * `npm run build && npm run cms:screenshots`. Run it again when the editor changes.
 */
import { statSync } from 'node:fs';
import { Editor, signIn, startCmsSession } from '../tests/support/cms.ts';

const session = await startCmsSession({ viewport: { width: 1100, height: 640 } });
const { page } = session;
const editor = new Editor(page);
/** Waits for the notifications of the previous step to go. */
const quiet = async () => {
  while ((await page.getByRole('alert').count()) > 0) await page.waitForTimeout(250);
};
const shot = async (name: string) => {
  const path = `docs/cms-${name}.png`;
  await page.waitForTimeout(600); // let toasts and transitions settle
  await page.screenshot({ path });
  console.log(`${path}: ${(statSync(path).size / 1024).toFixed(0)} KB`);
};

try {
  await signIn(session);
  await page.goto(`${session.server.url}/admin/#/collections/commitments`);
  await page.locator('a[href$="/collections/commitments/entries/open-contracting"]').waitFor();
  await shot('commitments');

  await editor.open('commitments', 'open-contracting');
  await shot('commitment');

  const milestones = editor.list('Milestones');
  await milestones.getByLabel('Milestone', { exact: true }).nth(1).scrollIntoViewIfNeeded();
  await editor.completeMilestone(1, '2026-11-20', { title: 'Procurement circular No. 7, signed', file: { name: 'Circular 7 (signed).pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } });
  await milestones.getByLabel('Date completed (optional)').nth(1).evaluate((input) => input.scrollIntoView({ block: 'start' }));
  // The preview follows: its timeline shows the milestone complete.
  await page.frameLocator('iframe').getByRole('heading', { name: /Adopt the Open Contracting/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shot('milestone');

  await editor.save();
  await quiet();
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await shot('workflow');
  await page.keyboard.press('Escape');

  await editor.create('datasets');
  await quiet();
  await page.getByLabel('Title', { exact: true }).first().fill('School meal spending by school');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Summary is required.').waitFor();
  await shot('required');

  // The meeting of issue #17: every field marked required, but neither a district nor "Held online".
  await editor.create('meetings');
  await quiet();
  await page.getByLabel('Title', { exact: true }).first().fill('Toledo school meals consultation');
  await page.getByLabel('Summary').fill('Parents and teachers discussed publishing what school meals cost.');
  await editor.choose(page.getByRole('combobox', { name: 'Kind of meeting' }), 'Public', 'Public consultation');
  await editor.choose(page.getByRole('combobox', { name: 'Status' }), 'Held', 'Held');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await page.getByRole('combobox', { name: 'District (optional)' }).evaluate((input) => input.closest('[class*="ControlContainer"]')?.scrollIntoView({ block: 'center' }));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'district (District)' }).waitFor();
  await shot('rule');
} finally {
  await session.close();
}
