/**
 * Consultations on the built site (issue #12): moderation (nothing pending or withheld is shown
 * anywhere, but both are counted), the reasoned response's figures and tables (tallied here from
 * the content files themselves), the filters, "Came from public input" on commitments, the form's
 * markup, the API, and the OGP evidence page for the sample content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dist, distFiles, page, pageText } from './support/dist.ts';
import { htmlText, startTags } from './support/html.ts';
import { inputChannels, inputOutcomes, inputSectors } from '../src/schemas/vocabularies.ts';
import { recordFile, recordFolder } from '../src/lib/content/record-files.ts';

type Input = {
  consultation: string; number: number; received: string; channel: keyof typeof inputChannels; moderation?: string; district?: string; sector?: keyof typeof inputSectors;
  summary: string; text: string; name?: string; response?: { outcome?: keyof typeof inputOutcomes; reason?: string; ledTo?: { commitment: string }[] };
};
const inputs: (Input & { id: string })[] = readdirSync('content/public-input').map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(yaml.load(readFileSync(`content/public-input/${name}`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Input),
}));
const moderation = (input: Input) => input.moderation ?? 'pending';
const outcome = (input: Input) => input.response?.outcome ?? 'pending';
const published = inputs.filter((input) => moderation(input) === 'published');
const hidden = inputs.filter((input) => moderation(input) !== 'published');
const districtNames: Record<string, string> = Object.fromEntries(
  readdirSync('content/districts').map((name) => [name.replace(/\.md$/, ''), /^name: (.+)$/m.exec(readFileSync(`content/districts/${name}`, 'utf8'))![1]]),
);
const consultations = readdirSync(recordFolder('consultations')).map((name) => name.replace(/\.md$/, ''));
const url = (id: string) => `/consultations/${id}/`;

/** The text files of the built site a reader or a program could fetch. */
const readable = distFiles().filter((file) => /\.(html|json|csv|xml|txt)$/.test(file) && !file.startsWith('admin/'));
/** A built file as a reader or a program gets it: an HTML page's text and every attribute value, decoded; any other file as it is. */
const asRead = (file: string, source: string) => (file.endsWith('.html') ? [htmlText(source), ...startTags(source).flatMap((tag) => tag.attributes.map(([, value]) => value))].join('\n') : source);
const builtText = readable.map((file) => asRead(file, readFileSync(join(dist, file), 'utf8'))).join('\n');

/** The figure a consultation page shows for `data-figure`. */
function figure(path: string, name: string): number {
  const match = new RegExp(`<li data-figure="${name}"><strong>(\\d+)</strong>`).exec(page(path));
  return match ? Number(match[1]) : NaN;
}

/** The rows of one facet's table: label → count. */
function facetTable(path: string, facet: string): Record<string, number> {
  const table = new RegExp(`<table data-facet="${facet}">([\\s\\S]*?)</table>`).exec(page(path))?.[1] ?? '';
  return Object.fromEntries([...table.matchAll(/<tr>\s*<td><a [^>]*>([^<]+)<\/a><\/td>\s*<td class="og-num">(\d+)<\/td>/g)].map(([, label, count]) => [htmlText(label), Number(count)]));
}

/** Tallies labels over some input. */
function tally(list: Input[], label: (input: Input) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const input of list) counts[label(input)] = (counts[label(input)] ?? 0) + 1;
  return counts;
}

/** The numbers of the rows of the table of input on a page. */
const rowNumbers = (path: string) => [...page(path).matchAll(/<tr id="input-(\d+)">/g)].map((match) => Number(match[1]));

describe('moderation', () => {
  it('the sample has input awaiting moderation and withheld input, so that this is tested', () => {
    expect(hidden.filter((input) => moderation(input) === 'pending').length).toBeGreaterThan(0);
    expect(hidden.filter((input) => moderation(input) === 'withheld').length).toBeGreaterThan(0);
  });

  it('never shows input awaiting moderation or withheld, on any page or in any file', () => {
    for (const input of hidden) {
      expect(builtText, input.id).not.toContain(input.text);
      expect(builtText, input.id).not.toContain(input.summary);
    }
  });

  it('shows every published input on its consultation\'s page, numbered, with its outcome and reason', () => {
    for (const input of published) {
      const text = pageText(url(input.consultation));
      expect(text, input.id).toContain(`#${input.number} ${input.summary}`);
      expect(text, input.id).toContain(inputOutcomes[outcome(input)]);
      if (input.response?.reason) expect(text, input.id).toContain(input.response.reason);
    }
    for (const id of consultations) {
      expect(rowNumbers(url(id)), id).toEqual(published.filter((input) => input.consultation === id).map((input) => input.number).sort((a, b) => a - b));
    }
  });

  it('counts what it does not show: withheld input and input awaiting moderation', () => {
    for (const id of consultations.filter((c) => inputs.some((input) => input.consultation === c))) {
      const own = inputs.filter((input) => input.consultation === id);
      expect(figure(url(id), 'withheld'), id).toBe(own.filter((input) => moderation(input) === 'withheld').length);
      expect(figure(url(id), 'awaiting-moderation'), id).toBe(own.filter((input) => moderation(input) === 'pending').length);
      expect(figure(url(id), 'received'), id).toBe(own.length);
    }
  });

  it('leaves withheld and pending input out of the API', () => {
    const api = JSON.parse(readFileSync(`${dist}/api/v1/public-input.json`, 'utf8')) as { publicInput: Record<string, unknown>[] };
    expect(api.publicInput.map((input) => input.id).sort()).toEqual(published.map((input) => input.id).sort());
    for (const input of api.publicInput) for (const key of ['moderation', 'withheldReason', 'submissionId', 'consent', 'publicContact']) expect(input).not.toHaveProperty(key);
  });
});

describe('the reasoned response in figures, tallied from the content files', () => {
  const withInput = consultations.filter((id) => published.some((input) => input.consultation === id));

  it.each(withInput)('%s: published and answered, with the share answered', (id) => {
    const own = published.filter((input) => input.consultation === id);
    const answered = own.filter((input) => outcome(input) !== 'pending').length;
    expect(figure(url(id), 'published')).toBe(own.length);
    expect(figure(url(id), 'answered')).toBe(answered);
    expect(page(url(id))).toContain(`answered (${Math.round((answered / own.length) * 100)} %)`);
  });

  it.each(withInput)('%s: counts by outcome, channel, district and sector', (id) => {
    const own = published.filter((input) => input.consultation === id);
    expect(facetTable(url(id), 'outcome')).toEqual(tally(own, (input) => inputOutcomes[outcome(input)]));
    expect(facetTable(url(id), 'channel')).toEqual(tally(own, (input) => inputChannels[input.channel].label));
    expect(facetTable(url(id), 'district')).toEqual(tally(own, (input) => (input.district ? districtNames[input.district] : 'Not given')));
    expect(facetTable(url(id), 'sector')).toEqual(tally(own, (input) => (input.sector ? inputSectors[input.sector] : 'Not given')));
  });

  it('the 2025 co-creation round is answered in full, across channels, districts and sectors, with one input withheld', () => {
    const round = inputs.filter((input) => input.consultation === '2025-co-creation');
    const shown = round.filter((input) => moderation(input) === 'published');
    expect(shown.length).toBeGreaterThanOrEqual(24);
    expect(shown.every((input) => outcome(input) !== 'pending' && input.response?.reason)).toBe(true);
    expect(new Set(shown.map((input) => input.channel)).size).toBe(Object.keys(inputChannels).length);
    expect(new Set(shown.map((input) => input.district).filter(Boolean)).size).toBe(6);
    expect(new Set(shown.map((input) => input.sector).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(shown.map(outcome))).toEqual(new Set(['adopted', 'partly-adopted', 'merged', 'not-adopted', 'out-of-scope']));
    expect(round.filter((input) => moderation(input) === 'withheld')).toHaveLength(1);
  });

  it('draws the chart of outcomes with the same numbers as the table', () => {
    const html = page(url('2025-co-creation'));
    const chart = /<svg class="og-outcomes"[\s\S]*?<\/svg>/.exec(html)![0];
    const bars = Object.fromEntries([...chart.matchAll(/<text class="og-outcomes__label"[^>]*>([^<]+)<\/text>[\s\S]*?<text class="og-outcomes__value"[^>]*>(\d+)<\/text>/g)].map(([, label, n]) => [htmlText(label), Number(n)]));
    expect(bars).toEqual(facetTable(url('2025-co-creation'), 'outcome'));
    expect(chart).toContain('aria-hidden="true"');
  });
});

it('says which input came in after the consultation closed, and answers it like the rest', () => {
  const closes = (id: string) => /^closes: (\S+)$/m.exec(readFileSync(recordFile('consultations', id), 'utf8'))![1];
  const late = published.filter((input) => input.received > closes(input.consultation));
  expect(late.length).toBeGreaterThan(0);
  for (const input of published) {
    const row = new RegExp(`<tr id="input-${input.number}">([\\s\\S]*?)</tr>`).exec(page(url(input.consultation)))![1];
    expect(row.includes('after the closing date'), input.id).toBe(late.includes(input));
  }
});

describe('the filters of the table of input, which work without JavaScript', () => {
  const filters = { outcome, channel: (input: Input) => input.channel, district: (input: Input) => input.district ?? 'not-given', sector: (input: Input) => input.sector ?? 'not-given' };

  it('have one page per value present, listing exactly the published input with that value', () => {
    let pages = 0;
    for (const id of consultations) {
      const own = published.filter((input) => input.consultation === id);
      for (const [facet, value] of Object.entries(filters)) {
        for (const v of new Set(own.map(value))) {
          const path = `${url(id)}${facet}/${v}/`;
          expect(rowNumbers(path), path).toEqual(own.filter((input) => value(input) === v).map((input) => input.number).sort((a, b) => a - b));
          expect(page(path), path).toMatch(new RegExp(`href="${path}" aria-current="page"`));
          pages++;
        }
      }
    }
    expect(pages).toBeGreaterThan(20);
  });

  it('are linked from the consultation\'s page', () => {
    expect(page(url('2025-co-creation'))).toContain('href="/consultations/2025-co-creation/outcome/adopted/"');
    expect(page(url('2025-co-creation'))).toContain('href="/consultations/2025-co-creation/district/not-given/"');
  });
});

describe('commitments say which public input they came from', () => {
  const commitments = readdirSync(recordFolder('commitments')).map((name) => name.replace(/\.md$/, ''));

  it.each(commitments)('%s', (commitment) => {
    const from = published.filter((input) => input.response?.ledTo?.some((led) => led.commitment === commitment)).sort((a, b) => a.number - b.number);
    const html = page(`/commitments/${commitment}/`);
    const fact = /<dt>Came from public input<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(html)?.[1];
    if (!from.length) {
      expect(fact).toBeUndefined();
      return;
    }
    const links = [...(fact ?? '').matchAll(/<a href="([^"]+)">#(\d+)<\/a>/g)].map(([, href, n]) => [href, Number(n)]);
    expect(links).toEqual(from.map((input) => [`/consultations/${input.consultation}/#input-${input.number}`, input.number]));
  });
});

describe('the web form on an open consultation', () => {
  const html = page(url('2026-mid-term-review'));
  const form = /<form class="og-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';

  it('posts to Netlify Forms on this site, which answers with the thank-you page', () => {
    expect(form).toMatch(/<form class="og-form" name="public-input" method="post" action="\/consultations\/thank-you\/" data-netlify="true" data-netlify-honeypot="bot-field">/);
    expect(form).toContain('<input type="hidden" name="form-name" value="public-input">');
    expect(form).toContain('<input type="hidden" name="consultation" value="2026-mid-term-review">');
    expect(page('/consultations/thank-you/')).toContain('<h1>Thank you: your input was sent</h1>');
  });

  it('asks for the input, labels every field, and keeps the name behind a consent box', () => {
    expect(form).toMatch(/<label for="input-text">Your input/);
    expect(form).toMatch(/<textarea id="input-text" name="text"[^>]* required/);
    for (const field of ['commitment', 'district', 'sector', 'name', 'organization', 'consent', 'email', 'phone']) expect(form, field).toMatch(new RegExp(`<label for="input-${field}">`));
    expect(form).toMatch(/<input id="input-consent" name="consent" type="checkbox" value="yes">/);
  });

  it('says what is published and what is not', () => {
    const text = pageText(url('2026-mid-term-review'));
    expect(text).toContain('What is published, and what is not');
    expect(text).toContain('Never published: your email address and telephone number.');
  });

  it('hides a honeypot from people', () => {
    expect(form).toMatch(/<p class="og-form__trap">\s*<label>[^<]*<input name="bot-field" type="text" tabindex="-1" autocomplete="off">/);
    // The stylesheet is inline (issue #15), with the forms' rules on a page with a form.
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).toMatch(/\.og-form__trap\{display:none\}/);
  });

  it('is gone from consultations that are closed or not open yet', () => {
    for (const id of ['2025-co-creation', '2027-freedom-of-information-review']) expect(page(url(id))).not.toContain('<form class="og-form"');
  });
});

describe('the OGP evidence page', () => {
  const html = page('/ogp-standards/');
  const rows = [...html.matchAll(/<tr>\s*<td><a href="#([\w-]+)">([^<]+)<\/a><\/td>\s*<td><strong class="og-tag[^"]*">([^<]+)<\/strong><\/td>\s*<\/tr>/g)].map(([, id, label, state]) => ({ id, label: htmlText(label), state }));

  it('shows every requirement with its state for the sample content', () => {
    console.log(`Evidence for the sample content:\n${rows.map((row) => `  ${row.state.padEnd(12)} ${row.label}`).join('\n')}`);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.state]))).toEqual({
      'forum-meets': 'Met',
      'forum-rules': 'Met',
      // The sample repository's history begins on 27 November 2026, the test build's date.
      'repository-updated': 'Not yet due',
      'consultation-announced': 'Met',
      'input-open': 'Met',
      'reasoned-response': 'Met',
      'implementation-meetings': 'Met',
    });
  });

  it('links the evidence: the forum, its meetings, the consultations, the changes', () => {
    for (const href of ['/organizations/coordination-mechanism/', '/meetings/2026-06-18-punta-gorda-progress-review/', '/consultations/2025-co-creation/', '/changes/']) expect(html).toContain(`href="${href}`);
    const text = pageText('/ogp-standards/');
    expect(text).toContain('Co-creation of the 2026–2028 action plan: announced 1 October 2025, 15 days before it opened on 16 October 2025.');
    expect(text).toContain('The longest time without one: 4 months, from 12 February 2026 to 18 June 2026.');
  });
});
