/**
 * A share card as SVG, 1200 × 630 (the size Facebook asks for, which WhatsApp and X also show):
 * the site's header band, what the page is, its title, its status or progress, a meeting's date
 * and place, the district's small map. Pure: the same card always gives the same text, whose
 * hash names and caches its PNG (`render.ts`).
 */
import { districtMap } from '../geo/district-map.ts';
import { fontFamily, fontMetrics, type FontMetrics } from './fonts.ts';

/** The card's size in pixels. */
export const cardSize = { width: 1200, height: 630 } as const;

/** A status tag's colour, as the site's tags (`.og-tag--…` in site.css). */
export type CardTone = 'complete' | 'overdue' | 'in-progress' | 'upcoming' | 'unfinished';

/** What one card says, whatever page it stands for. */
export interface ShareCard {
  /** The page it stands for, as a site path (`/commitments/open-contracting/`). */
  page: string;
  /** What the page is, with its code: "Commitment BZ04 · Fiscal openness and procurement". */
  caption: string;
  /** The page's title. */
  title: string;
  /** A sentence about it, under the title (up to two lines). */
  summary?: string;
  /** A status in words, coloured like the site's tag. */
  status?: { label: string; tone: CardTone };
  /** Milestones complete, for commitments and plans: the sentence first, the bar as its companion. */
  progress?: { complete: number; total: number; sentence: string };
  /** Further facts, one a line: a meeting's date and place, a list's counts. */
  lines?: string[];
  /** The districts to mark on a small map of Belize, and the map's words; no map without it. */
  map?: { districts: string[]; label: string };
}

/** What every card shows of the site. */
export interface CardSite {
  /** The site's name, in the header band. */
  name: string;
  /** Its address without the scheme, at the foot of the card. */
  host: string;
  /** Whether the content is illustrative: the card says so too. */
  illustrative: boolean;
}

// The site's colours (site.css): royal blue and red as accents, text, muted text.
const blue = '#003f87';
const red = '#ce1126';
const text = '#0b0c0c';
const muted = '#484949';
const tones: Record<CardTone, { fill: string; ink: string; border?: string }> = {
  complete: { fill: '#cce2d8', ink: '#005a30' },
  overdue: { fill: '#f6d7d2', ink: '#942514' },
  'in-progress': { fill: '#d2e2f1', ink: '#0c2d4a' },
  upcoming: { fill: '#eeefef', ink: '#383f43' },
  unfinished: { fill: '#f3f2f1', ink: '#942514', border: '#942514' },
};

const margin = 60;
const mapWidth = 180;
const contentTop = 150;
const contentBottom = 548;

const escape = (value: string) => value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Breaks text into at most `maxLines` lines no wider than `width`; a last line that cannot
 * hold the rest ends with an ellipsis. A word wider than a line is cut where it overflows.
 */
export function wrapText(value: string, metrics: FontMetrics, size: number, width: number, maxLines: number): { lines: string[]; complete: boolean } {
  const fits = (line: string) => metrics.width(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  const words = value.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = words[i];
    // A word alone too wide for a line: cut it (long codes, addresses).
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return { lines: kept, complete: false };
}

/** One line of text, cut with an ellipsis when too wide. */
function oneLine(value: string, metrics: FontMetrics, size: number, width: number): string {
  return wrapText(value, metrics, size, width, 1).lines[0] ?? '';
}

function textElement(x: number, y: number, size: number, weight: 400 | 700, fill: string, content: string, anchor = 'start'): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${escape(content)}</text>`;
}

/** The small map: Belize's six districts, those of the record filled in royal blue, its words under it. */
function smallMap(map: NonNullable<ShareCard['map']>, x: number, y: number, metrics: FontMetrics): string {
  const { projection, shapes } = districtMap(mapWidth);
  const marked = new Set(map.districts);
  const paths = shapes.map((shape) => `<path d="${shape.d}" fill="${marked.has(shape.id) ? blue : '#f3f2f1'}" stroke="${marked.has(shape.id) ? '#fff' : muted}" stroke-width="1.5" stroke-linejoin="round"/>`);
  const label = wrapText(map.label, metrics, 24, mapWidth + 60, 2).lines;
  return [
    `<g transform="translate(${x} ${y})">${paths.join('')}</g>`,
    ...label.map((line, i) => textElement(x + mapWidth / 2, y + projection.height + 34 + i * 30, 24, 400, text, line, 'middle')),
  ].join('');
}

/** The card as an SVG document, with its text set in the project's own font. */
export function cardSvg(card: ShareCard, site: CardSite): string {
  const { regular, bold } = fontMetrics();
  const right = card.map ? cardSize.width - margin - mapWidth - 80 : cardSize.width - margin;
  const width = right - margin;
  const parts: string[] = [];

  // Below the title, bottom up: the progress bar and its sentence, further lines, the status tag.
  const below: Array<{ height: number; draw: (top: number) => string }> = [];
  if (card.summary) {
    const summary = wrapText(card.summary, regular, 30, width, 2).lines;
    below.push({ height: summary.length * 40, draw: (top) => summary.map((line, i) => textElement(margin, top + 31 + i * 40, 30, 400, text, line)).join('') });
  }
  if (card.status) {
    const label = oneLine(card.status.label, bold, 28, width - 28);
    const tone = tones[card.status.tone];
    const tagWidth = Math.ceil(bold.width(label, 28)) + 28;
    below.push({
      height: 48,
      draw: (top) => `<rect x="${margin}" y="${top}" width="${tagWidth}" height="44" rx="3" fill="${tone.fill}"${tone.border ? ` stroke="${tone.border}" stroke-width="2"` : ''}/>${textElement(margin + 14, top + 32, 28, 700, tone.ink, label)}`,
    });
  }
  for (const line of card.lines ?? []) {
    const content = oneLine(line, regular, 30, width);
    below.push({ height: 42, draw: (top) => textElement(margin, top + 31, 30, 400, text, content) });
  }
  if (card.progress) {
    const { complete, total, sentence } = card.progress;
    const content = oneLine(sentence, bold, 30, width);
    const barWidth = Math.min(width, 560);
    const done = total ? Math.round((barWidth * complete) / total) : 0;
    below.push({
      height: 82,
      draw: (top) =>
        `${textElement(margin, top + 31, 30, 700, text, content)}<rect x="${margin}" y="${top + 48}" width="${barWidth}" height="26" fill="#fff" stroke="${muted}" stroke-width="2"/>${done ? `<rect x="${margin}" y="${top + 48}" width="${done}" height="26" fill="#005a30"/>` : ''}`,
    });
  }
  const belowHeight = below.reduce((sum, item) => sum + item.height + 12, 0);

  // The caption, then the title in the largest size that fits what is left.
  parts.push(textElement(margin, contentTop + 26, 30, 400, muted, oneLine(card.caption, regular, 30, width)));
  const titleTop = contentTop + 52;
  const room = contentBottom - belowHeight - titleTop;
  const sizes = [64, 56, 48, 42];
  let title = { size: 42, lines: [] as string[] };
  for (const size of sizes) {
    const lineHeight = Math.round(size * 1.18);
    const maxLines = Math.max(1, Math.floor(room / lineHeight));
    const wrapped = wrapText(card.title, bold, size, width, Math.min(maxLines, 4));
    title = { size, lines: wrapped.lines };
    if (wrapped.complete) break;
  }
  const lineHeight = Math.round(title.size * 1.18);
  title.lines.forEach((line, i) => parts.push(textElement(margin, titleTop + title.size + i * lineHeight, title.size, 700, text, line)));
  let top = titleTop + title.lines.length * lineHeight + 24;
  for (const item of below) {
    parts.push(item.draw(top));
    top += item.height + 12;
  }

  if (card.map) parts.push(smallMap(card.map, cardSize.width - margin - mapWidth, contentTop - 10, regular));

  // The foot: the address readers will land on, and the sample warning while the content is illustrative.
  parts.push(`<rect y="${cardSize.height - 58}" width="${cardSize.width}" height="58" fill="#f3f2f1"/><rect y="${cardSize.height - 62}" width="${cardSize.width}" height="4" fill="${blue}"/>`);
  parts.push(textElement(margin, cardSize.height - 20, 26, 400, text, site.host));
  if (site.illustrative) parts.push(textElement(cardSize.width - margin, cardSize.height - 20, 26, 700, '#594d00', 'Illustrative content, not official records', 'end'));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 ${cardSize.width} ${cardSize.height}" font-family="${fontFamily}">`,
    `<rect width="${cardSize.width}" height="${cardSize.height}" fill="#fff"/>`,
    `<rect width="${cardSize.width}" height="100" fill="${blue}"/><rect y="100" width="${cardSize.width}" height="10" fill="${red}"/>`,
    textElement(margin, 64, 38, 700, '#fff', oneLine(site.name, bold, 38, cardSize.width - 2 * margin)),
    ...parts,
    '</svg>',
  ].join('');
}

/** The card in words, for og:image:alt: what a reader who cannot see it would be told. */
export function cardAlt(card: ShareCard, site: CardSite): string {
  const facts = [card.summary, card.status?.label, card.progress?.sentence, ...(card.lines ?? []), card.map && `Map: ${card.map.label}`].filter(Boolean);
  return `${site.name}: ${card.caption}. ${card.title}.${facts.length ? ` ${facts.join('. ')}.` : ''}`.replace(/\.\./g, '.');
}
