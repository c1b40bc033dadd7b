/**
 * The site's web forms, in Chromium with JavaScript disabled. Public input: a reader fills in the
 * form on an open consultation and sends it; the test server records the post as Netlify Forms would and
 * answers with the thank-you page; the site's Content-Security-Policy (`form-action 'self'`)
 * lets it through. The recorded post then goes through the importer like a real export, and
 * comes out as a pending record without the contact details. Closed and upcoming consultations
 * have no form. Data requests: the same for the form at /data-requests/new/, every field of it
 * found by its label.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importSubmissions } from '../src/lib/co-creation/import.ts';
import { importFormExport } from '../src/lib/forms/import.ts';
import { describeInBrowser, launchBrowser, watchPage } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';

/** Open on the test build's date (tests/support/astro.ts): 9 November 2026 to 15 January 2027. */
const open = '/consultations/2026-mid-term-review/';
const scratch = mkdtempSync(join(tmpdir(), 'og-form-'));

describeInBrowser('the web forms for public input and data requests, without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: RunningServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('sends input to the form service, which records it with the form\'s fields and shows the thank-you page', async () => {
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(server.url + open);
    await page.getByLabel('Your input').fill('Publish the minutes of the working groups too, not only of the ordinary meetings. Call me on 610-2345.');
    await page.getByLabel('Which commitment is it about?').selectOption('open-government-coordination-mechanism');
    await page.getByLabel('Your district').selectOption('orange-walk');
    await page.getByLabel('You are writing as').selectOption('civil-society');
    await page.getByLabel('Name', { exact: true }).fill('Selena Vasquez');
    await page.getByLabel('Organization or group, if you write for one').fill('Orange Walk Youth Council');
    await page.getByLabel('Publish my name and organization with my input').check();
    await page.getByLabel('Email').fill('selena.vasquez@example.org');
    await page.getByLabel('Telephone or WhatsApp').fill('610-2345');
    await Promise.all([page.waitForURL('**/consultations/thank-you/'), page.getByRole('button', { name: 'Send your input' }).click()]);

    await expect(page.locator('h1').textContent()).resolves.toBe('Thank you: your input was sent');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(server.spam).toEqual([]);
    expect(server.submissions).toHaveLength(1);
    const [submission] = server.submissions;
    expect(submission.form_name).toBe('public-input');
    expect(submission.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(submission.data).toMatchObject({
      consultation: '2026-mid-term-review',
      text: 'Publish the minutes of the working groups too, not only of the ordinary meetings. Call me on 610-2345.',
      commitment: 'open-government-coordination-mechanism',
      district: 'orange-walk',
      sector: 'civil-society',
      name: 'Selena Vasquez',
      organization: 'Orange Walk Youth Council',
      consent: 'yes',
      email: 'selena.vasquez@example.org',
      phone: '610-2345',
      referrer: server.url + open,
    });
    // Netlify keeps neither the form's name nor the honeypot among the fields.
    expect(Object.keys(submission.data)).not.toContain('form-name');
    expect(Object.keys(submission.data)).not.toContain('bot-field');
    await page.close();
  });

  it('turns the recorded post into a pending record without the email address or the telephone number', () => {
    const content = join(scratch, 'content');
    cpSync('content', content, { recursive: true });
    const exported = join(scratch, 'submissions.json');
    writeFileSync(exported, JSON.stringify(server.submissions));
    const report = importSubmissions(exported, content);
    expect(report.added).toHaveLength(1);
    const written = readFileSync(join(content, 'public-input', report.added[0].file), 'utf8');
    expect(yaml.load(written, { schema: yaml.CORE_SCHEMA })).toMatchObject({
      consultation: '2026-mid-term-review',
      moderation: 'pending',
      name: 'Selena Vasquez',
      consent: true,
      text: 'Publish the minutes of the working groups too, not only of the ordinary meetings. Call me on [telephone number removed].',
      response: { outcome: 'pending' },
      submissionId: server.submissions[0].id,
    });
    const everything = readdirSync(join(content, 'public-input')).map((name) => readFileSync(join(content, 'public-input', name), 'utf8')).join('\n');
    expect(everything).not.toContain('selena.vasquez@example.org');
    expect(everything).not.toContain('610-2345');
  });

  it('sets a post that fills in the honeypot aside as spam, and refuses a form the site does not have', async () => {
    const post = (fields: Record<string, string>) => fetch(server.url + '/consultations/thank-you/', { method: 'POST', body: new URLSearchParams(fields) });
    const trapped = await post({ 'form-name': 'public-input', consultation: '2026-mid-term-review', text: 'Cheap watches', 'bot-field': 'http://spam.example' });
    expect(trapped.status).toBe(200);
    expect(server.spam.map((s) => s.data.text)).toEqual(['Cheap watches']);
    expect(server.submissions).toHaveLength(1);
    expect((await post({ 'form-name': 'contact', text: 'Hello' })).status).toBe(404);
  });

  it('is on open consultations only: a closed one says it is closed, an upcoming one when it opens', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/consultations/2025-co-creation/`);
    expect(await page.locator('form.og-form').count()).toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('This consultation closed on 27 November 2025: it no longer takes input.');
    await page.goto(`${server.url}/consultations/2027-freedom-of-information-review/`);
    expect(await page.locator('form.og-form').count()).toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('The consultation opens on 1 March 2027.');
    await page.close();
  });

  it('sends a data request, every field found by its label, and the form service records it with the ticked districts', async () => {
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${server.url}/data-requests/`);
    await Promise.all([page.waitForURL('**/data-requests/new/'), page.getByRole('link', { name: 'Ask for it' }).click()]);
    await page.getByLabel('What data do you need?').fill('Speed bumps and crossings near schools');
    await page.getByLabel('What should it hold?').fill('Where the speed bumps and pedestrian crossings are near each primary school, with their state.');
    await page.getByLabel('What will you use it for?').fill('A walking map for parents in Dangriga and Punta Gorda. My number is 523-1188.');
    await page.getByRole('group', { name: 'Which districts?' }).getByLabel('Stann Creek').check();
    await page.getByRole('group', { name: 'Which districts?' }).getByLabel('Toledo').check();
    await page.getByLabel('Name', { exact: true }).fill('Delroy Nunez');
    await page.getByLabel('Organization or group, if you write for one').fill('Dangriga Parents Association');
    await page.getByLabel('Publish my name and organization with my request').check();
    await page.getByLabel('Email').fill('delroy.nunez@example.org');
    await page.getByLabel('Telephone or WhatsApp').fill('523-1188');
    await Promise.all([page.waitForURL('**/data-requests/thank-you/'), page.getByRole('button', { name: 'Send your request' }).click()]);

    await expect(page.locator('h1').textContent()).resolves.toBe('Thank you: your request was sent');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    const request = server.submissions.find((submission) => submission.form_name === 'data-request');
    expect(request?.data).toMatchObject({
      title: 'Speed bumps and crossings near schools',
      'districts[]': ['stann-creek', 'toledo'],
      name: 'Delroy Nunez',
      consent: 'yes',
      email: 'delroy.nunez@example.org',
      phone: '523-1188',
    });
    await page.close();
  });

  it('turns the recorded request into a pending, received file without the contact details', () => {
    const content = join(scratch, 'content-requests');
    cpSync('content', content, { recursive: true });
    const exported = join(scratch, 'requests.json');
    writeFileSync(exported, JSON.stringify(server.submissions.filter((submission) => submission.form_name === 'data-request')));
    const { dataRequests } = importFormExport(exported, content);
    expect(dataRequests.added.map((added) => added.file)).toEqual(['speed-bumps-and-crossings-near-schools.md']);
    const written = readFileSync(join(content, 'data-requests', 'speed-bumps-and-crossings-near-schools.md'), 'utf8');
    const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(written)![1], { schema: yaml.CORE_SCHEMA });
    expect(front).toMatchObject({
      districts: ['stann-creek', 'toledo'],
      purpose: 'A walking map for parents in Dangriga and Punta Gorda. My number is [telephone number removed].',
      requester: { name: 'Delroy Nunez', organization: 'Dangriga Parents Association', consent: true },
      moderation: 'pending',
      status: 'received',
    });
    expect(written).not.toContain('delroy.nunez@example.org');
    expect(written).not.toContain('523-1188');
  });
});
