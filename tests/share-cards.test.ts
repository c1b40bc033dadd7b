/** Share cards (issue #16): measured text, the drawn PNG, the cache by content hash; share links; which meetings get a poster. */
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { cardSvg, wrapText, type ShareCard } from '../src/lib/share/card-svg.ts';
import { fontFiles, fontMetrics } from '../src/lib/share/fonts.ts';
import sharp from 'sharp';
import { cardHash, cardPng, encodePng, pruneCards, renderCards } from '../src/lib/share/render.ts';
import { shareLinks } from '../src/lib/share/links.ts';
import { isUpcoming, meetingPoster } from '../src/lib/share/posters.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import type { MeetingEntry, Records } from '../src/lib/content/records.ts';

const site = { name: 'Open Government Belize', host: 'opengov.example.bz', illustrative: true };
const dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The right edge of the ink in a row band of a rendered image: the last column with a dark pixel. */
function inkRight(pixels: Buffer, width: number, height: number): number {
  let right = -1;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4] < 128) right = Math.max(right, x);
  return right;
}

const longest: ShareCard = {
  page: '/commitments/x/',
  caption: 'Commitment BZ99 · Fiscal openness and procurement, and a caption far too long for one line of the card',
  title: 'Transparencia en la contratación pública: publicar todos los contratos, con sus enmiendas, pagos y la evaluación de la ejecución, distrito por distrito, de Corozal a Toledo, y un canal para señalar problemas',
  summary: 'Publicar cada contrato adjudicado por el gobierno central como datos abiertos, con un canal para que el público señale problemas, y rendir cuentas en cada distrito.',
  status: { label: 'Completion: Substantial', tone: 'in-progress' },
  progress: { complete: 13, total: 27, sentence: '13 of 27 milestones complete, 11 overdue, 2 not finished' },
  lines: ['Asociación de Mujeres Rurales de Orange Walk, Toledo Community Councils Association and others'],
  map: { districts: ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'], label: 'Corozal, Orange Walk, Belize, Cayo, Stann Creek, and Toledo Districts' },
};

describe('text on a card', () => {
  it('is measured as wide as resvg draws it in the shipped font', () => {
    const metrics = fontMetrics();
    for (const [weight, text] of [['bold', 'Open contracting: every public contract'], ['regular', 'Asociación de Mujeres Rurales — 5 of 14']] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="100"><rect width="1600" height="100" fill="#fff"/><text x="0" y="70" font-family="Noto Sans" font-weight="${weight === 'bold' ? 700 : 400}" font-size="60">${text}</text></svg>`;
      const image = new Resvg(svg, { font: { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false } }).render();
      const measured = metrics[weight].width(text, 60);
      // The ink ends a few pixels before the advance (the last glyph's right side bearing).
      expect(measured - inkRight(image.pixels, image.width, image.height)).toBeGreaterThanOrEqual(0);
      expect(measured - inkRight(image.pixels, image.width, image.height)).toBeLessThan(12);
    }
  });

  it('wraps within the width and ends with an ellipsis when it needs more lines than it has', () => {
    const { bold } = fontMetrics();
    const wrapped = wrapText(longest.title, bold, 56, 700, 3);
    expect(wrapped.lines).toHaveLength(3);
    expect(wrapped.complete).toBe(false);
    expect(wrapped.lines[2].endsWith('…')).toBe(true);
    for (const line of wrapped.lines) expect(bold.width(line, 56)).toBeLessThanOrEqual(700);
    expect(wrapText('A short title', bold, 56, 700, 3)).toEqual({ lines: ['A short title'], complete: true });
  });

  it('cuts a word wider than a line rather than letting it overflow', () => {
    const { bold } = fontMetrics();
    const { lines } = wrapText('https://opengov.example.bz/datasets/procurement-contracts-awarded-in-every-district/', bold, 64, 500, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(bold.width(line, 64)).toBeLessThanOrEqual(500);
  });
});

describe('a drawn card', () => {
  it('is a PNG of 1200 × 630 under 100 KB, even with everything at its longest', async () => {
    const png = await cardPng(cardSvg(longest, site), dir);
    console.log(`The longest card: ${(png.length / 1024).toFixed(0)} KB`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('is encoded so that another decoder reads back exactly the pixels resvg drew', async () => {
    const drawn = new Resvg(cardSvg(longest, site), { font: { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false } }).render();
    const { data, info } = await sharp(encodePng(drawn.pixels, drawn.width, drawn.height)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect(data.equals(drawn.pixels)).toBe(true);
  });

  it('escapes text, so a title with markup stays text', () => {
    const svg = cardSvg({ ...longest, title: '<script>alert(1)</script> & "quotes"' }, site);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('is drawn once and then read from the cache; a change of content is a new card', async () => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const first = cardSvg({ ...longest, page: '/a/', title: 'Cached once' }, site);
    const changed = cardSvg({ ...longest, page: '/a/', title: 'Cached once', status: { label: 'Completion: Complete', tone: 'complete' } }, site);
    expect(cardHash(first)).toBe(cardHash(cardSvg({ ...longest, page: '/a/', title: 'Cached once' }, site)));
    expect(cardHash(changed)).not.toBe(cardHash(first));
    expect(await renderCards([first], cache)).toMatchObject({ drawn: 1, cached: 0 });
    expect(await renderCards([first, changed], cache)).toMatchObject({ drawn: 1, cached: 1 });
    expect(readdirSync(cache).sort()).toEqual([`${cardHash(changed)}.png`, `${cardHash(first)}.png`].sort());
  });

  it('leaves the cache only cards unused for 30 days', async () => {
    const cache = mkdtempSync(join(dir, 'prune-'));
    const [used, old] = [cardSvg({ ...longest, title: 'Used' }, site), cardSvg({ ...longest, title: 'Old' }, site)];
    await renderCards([used, old], cache);
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(join(cache, `${cardHash(old)}.png`), longAgo, longAgo);
    utimesSync(join(cache, `${cardHash(used)}.png`), longAgo, longAgo);
    await renderCards([used], cache); // a build that uses it marks it as in use
    expect(pruneCards(30, cache)).toBe(1);
    expect(readdirSync(cache)).toEqual([`${cardHash(used)}.png`]);
    expect(statSync(join(cache, `${cardHash(used)}.png`)).mtimeMs).toBeGreaterThan(longAgo.getTime());
  });
});

describe('share links', () => {
  const links = shareLinks({ title: 'BZ04: Open contracting & procurement', url: 'https://opengov.example.bz/commitments/open-contracting/', summary: 'Publish every contract.' });

  it('fill in the title and address for WhatsApp and Facebook', () => {
    expect(new URL(links.whatsapp).origin).toBe('https://wa.me');
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe('BZ04: Open contracting & procurement https://opengov.example.bz/commitments/open-contracting/');
    expect(new URL(links.facebook).searchParams.get('u')).toBe('https://opengov.example.bz/commitments/open-contracting/');
  });

  it('write an email with the title as subject and the summary and address as body, spaces as %20', () => {
    expect(links.email.startsWith('mailto:?subject=BZ04%3A%20Open%20contracting%20%26%20procurement&body=')).toBe(true);
    const body = new URLSearchParams(links.email.slice('mailto:?'.length)).get('body');
    expect(body).toBe('Publish every contract.\r\n\r\nhttps://opengov.example.bz/commitments/open-contracting/');
  });
});

describe('which meetings get a poster', () => {
  const meeting = (status: string, date: string) => ({ data: { status, date } }) as Parameters<typeof isUpcoming>[0];
  it('a scheduled meeting on or after the build date', () => {
    expect(isUpcoming(meeting('scheduled', '2026-11-27'), '2026-11-27')).toBe(true);
    expect(isUpcoming(meeting('scheduled', '2027-01-21'), '2026-11-27')).toBe(true);
  });
  it('not a scheduled meeting whose day has passed, nor a postponed or cancelled one', () => {
    expect(isUpcoming(meeting('scheduled', '2026-11-26'), '2026-11-27')).toBe(false);
    expect(isUpcoming(meeting('postponed', '2027-01-21'), '2026-11-27')).toBe(false);
    expect(isUpcoming(meeting('cancelled', '2027-01-21'), '2026-11-27')).toBe(false);
  });
});

describe('a meeting\'s poster', () => {
  const records = { district: (id: string) => ({ data: { name: id === 'cayo' ? 'Cayo' : id } }) } as unknown as Records;
  const base = { title: 'Open data working group', summary: 'Choosing the next datasets.', kind: 'working-group', status: 'scheduled', date: '2027-02-04', time: '14:00', online: false, agenda: [] as string[] };
  const poster = (data: Record<string, unknown>) => meetingPoster(records, { id: 'm', data: { ...base, ...data } } as unknown as MeetingEntry, wordsIn('en'));

  it('of a meeting held in a hall and online: the venue, the district, online; in person, online, email and telephone', () => {
    const result = poster({ district: 'cayo', venue: { name: 'San Ignacio Town Hall', address: 'Burns Avenue' }, online: true, agenda: ['Minutes', 'Calendar'] });
    expect(result.places).toEqual(['San Ignacio Town Hall, Burns Avenue', 'Cayo District', 'Also online']);
    expect(result.takePart.map((way) => way.how)).toEqual(['In person', 'Online', 'By email', 'By telephone']);
    expect(result.takePart[0].text).toBe('San Ignacio Town Hall, Burns Avenue, Thursday 4 February 2027, 14:00.');
    expect(result.deciding.items).toEqual(['Minutes', 'Calendar']);
  });

  it('of a meeting held only online: no venue and no "in person"; without an agenda, its summary says what is decided', () => {
    const result = poster({ online: true });
    expect(result.places).toEqual(['Online']);
    expect(result.takePart.map((way) => way.how)).not.toContain('In person');
    expect(result.deciding.items).toEqual(['Choosing the next datasets.']);
  });
});
