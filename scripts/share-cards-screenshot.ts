/**
 * The picture in docs/ of the share cards of one page of each kind, side by side at half size,
 * each under the page it stands for: `npm run build && npm run cards:screenshot`. Drawn with
 * the same renderer and font as the cards themselves.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fontFamily, fontFiles } from '../src/lib/share/fonts.ts';

const dist = process.env.DIST_DIR ?? 'dist';
/** One page of each kind: records, lists, a facet of the catalogue, a plain page. */
const pages: Array<[kind: string, path: string]> = [
  ['Home page', '/'],
  ['Action plan', '/action-plans/2026-2028/'],
  ['Commitment', '/commitments/health-services-toledo-stann-creek/'],
  ['Meeting (upcoming)', '/meetings/2027-01-21-san-ignacio-ordinary/'],
  ['Dataset', '/datasets/public-health-facilities/'],
  ['Organization', '/organizations/toledo-community-councils-association/'],
  ['District', '/districts/toledo/'],
  ['Plain page', '/take-part/'],
  ['List: meetings', '/meetings/'],
  ['List: a facet of the catalogue', '/datasets/theme/health/'],
];

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const [width, height, gap, label] = [600, 315, 24, 52];
const columns = 2;
const rows = Math.ceil(pages.length / columns);
const tiles = pages.map(([kind, path], i) => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!image) throw new Error(`${path} has no og:image`);
  const png = readFileSync(join(dist, new URL(image).pathname)).toString('base64');
  const [x, y] = [gap + (i % columns) * (width + gap), gap + Math.floor(i / columns) * (height + label + gap)];
  return [
    `<text x="${x}" y="${y + 20}" font-size="20" font-weight="700">${escape(kind)}</text><text x="${x}" y="${y + 42}" font-size="16" fill="#484949">${escape(path)}</text>`,
    `<rect x="${x - 1}" y="${y + label - 1}" width="${width + 2}" height="${height + 2}" fill="#b1b4b6"/>`,
    `<image x="${x}" y="${y + label}" width="${width}" height="${height}" href="data:image/png;base64,${png}"/>`,
  ].join('');
});
const [totalWidth, totalHeight] = [gap + columns * (width + gap), gap + rows * (height + label + gap)];
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" font-family="${fontFamily}"><rect width="100%" height="100%" fill="#fff"/>${tiles.join('')}</svg>`;
const out = 'docs/share-cards.png';
writeFileSync(out, new Resvg(svg, { font: { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false, defaultFontFamily: fontFamily } }).render().asPng());
console.log(`${out}: ${totalWidth} × ${totalHeight}, ${(statSync(out).size / 1024).toFixed(0)} KB`);
