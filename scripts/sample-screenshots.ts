/**
 * Draws the illustrative screenshots of the sample reuses (content/files/reuses/*.png): flat
 * pictures of apps, pages and charts, drawn as SVG and rendered with sharp, since the sample
 * content may not copy real ones. Run it again after changing a drawing:
 *
 *   npx node scripts/sample-screenshots.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { equirectangular, pathData, ringsOf, type Bbox } from '../src/lib/geo/svg-map.ts';
import type { AreaGeometry } from '../src/schemas/geo.ts';

const out = 'content/files/reuses';
const blue = '#0b3d91';
const red = '#ce1126';
const ink = '#1d2327';
const grey = '#6b7378';
const pale = '#eef2f8';
const font = 'font-family="DejaVu Sans, Liberation Sans, sans-serif"';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const label = (x: number, y: number, text: string, size = 24, fill = ink, weight = 400) =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" ${font}>${escape(text)}</text>`;
const svg = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;

/** A phone app: a title bar, a small map with markers, and a list of places with distances. */
function phoneApp(title: string, place: string, rows: [string, string][], marker: string): string {
  const map = Array.from({ length: 7 }, (_, i) => `<circle cx="${80 + ((i * 97) % 380)}" cy="${250 + ((i * 53) % 170)}" r="11" fill="${marker}" stroke="#fff" stroke-width="4"/>`).join('');
  const list = rows
    .map(([name, km], i) => `<g transform="translate(0 ${520 + i * 96})"><rect x="24" y="0" width="492" height="80" rx="10" fill="${pale}"/>${label(48, 34, name, 24, ink, 700)}${label(48, 64, km, 20, grey)}</g>`)
    .join('');
  return svg(540, 960, [
    `<rect width="540" height="110" fill="${blue}"/>`,
    label(32, 70, title, 34, '#fff', 700),
    label(32, 160, `Near ${place}`, 24, grey),
    `<rect x="24" y="190" width="492" height="290" rx="12" fill="#dfe9d8"/>`,
    `<path d="M24 400 C 140 350, 260 430, 516 360 L 516 480 L 24 480 Z" fill="#b9d3e8"/>`,
    `<path d="M60 190 L 200 480 M 300 190 L 420 480" stroke="#fff" stroke-width="8"/>`,
    map,
    `<circle cx="270" cy="330" r="14" fill="${blue}" stroke="#fff" stroke-width="5"/>`,
    list,
  ].join(''));
}

/** A horizontal bar chart with a title, for visualisations and reports. */
function barChart(width: number, height: number, title: string, subtitle: string, bars: [string, number][], unit: string, colour = blue): string {
  const max = Math.max(...bars.map(([, value]) => value));
  const top = 150;
  const rowHeight = Math.min(64, (height - top - 40) / bars.length);
  const rows = bars
    .map(([name, value], i) => {
      const y = top + i * rowHeight;
      const length = ((width - 420) * value) / max;
      return `${label(40, y + rowHeight / 2 + 8, name, 22)}<rect x="340" y="${y + 8}" width="${length}" height="${rowHeight - 20}" fill="${colour}"/>${label(350 + length, y + rowHeight / 2 + 8, `${value} ${unit}`, 20, grey)}`;
    })
    .join('');
  return svg(width, height, `${label(40, 64, title, 34, ink, 700)}${label(40, 106, subtitle, 22, grey)}${rows}`);
}

/** A website: a header band, a navigation line, a headline and a chart. */
function website(): string {
  const bars: [string, number][] = [['Health', 92], ['Education', 88], ['Works', 61], ['Finance', 97], ['Local government', 74]];
  return svg(1200, 750, [
    `<rect width="1200" height="96" fill="${ink}"/>`,
    label(48, 62, 'Follow the Budget', 36, '#fff', 700),
    label(820, 60, 'Ministries   Contracts   About', 22, '#fff'),
    `<rect x="0" y="96" width="1200" height="8" fill="${red}"/>`,
    label(48, 180, 'How much of its budget has each ministry spent?', 34, ink, 700),
    label(48, 222, 'Budget execution, April to September 2026. Source: Ministry of Finance open data.', 22, grey),
    ...bars.map(([name, percent], i) => {
      const y = 270 + i * 84;
      return `${label(48, y + 40, name, 24)}<rect x="360" y="${y + 10}" width="700" height="44" fill="${pale}"/><rect x="360" y="${y + 10}" width="${7 * percent}" height="44" fill="${blue}"/>${label(1076, y + 42, `${percent}%`, 24, ink, 700)}`;
    }),
  ].join(''));
}

/** A report's first page: a title block and a chart. */
function report(): string {
  const bars: [string, number][] = [['Answered in time', 61], ['Answered late', 24], ['Refused', 9], ['No answer', 6]];
  return svg(960, 640, [
    `<rect width="960" height="640" fill="${pale}"/>`,
    `<rect x="60" y="40" width="840" height="560" fill="#fff" stroke="#c8ccd0"/>`,
    label(100, 110, 'University of Belize · Working paper', 20, grey),
    label(100, 160, 'Asking the State: information', 34, ink, 700),
    label(100, 204, 'requests in Belize, 2026', 34, ink, 700),
    `<rect x="100" y="230" width="120" height="6" fill="${red}"/>`,
    ...bars.map(([name, percent], i) => `${label(100, 318 + i * 70, name, 22)}<rect x="380" y="${292 + i * 70}" width="${6 * percent}" height="36" fill="${blue}"/>${label(392 + 6 * percent, 318 + i * 70, `${percent}%`, 22, grey)}`),
  ].join(''));
}

/** A map of the districts shaded by a value, drawn from the site's own boundary file. */
function districtMap(title: string, values: Record<string, number>, highlight: string[]): string {
  const { features } = JSON.parse(readFileSync('src/data/belize-districts.geojson', 'utf8'));
  const bbox: Bbox = [-89.25, 15.85, -87.45, 18.5];
  const projection = equirectangular(bbox, 330, 10);
  const max = Math.max(...Object.values(values));
  const shapes = features
    .map((feature: { properties: { id: string }; geometry: AreaGeometry }) => {
      const share = values[feature.properties.id] / max;
      const fill = `rgb(${Math.round(230 - 190 * share)}, ${Math.round(238 - 160 * share)}, ${Math.round(248 - 100 * share)})`;
      const stroke = highlight.includes(feature.properties.id) ? red : '#fff';
      return `<path d="${pathData(ringsOf(feature.geometry), projection)}" fill="${fill}" stroke="${stroke}" stroke-width="${highlight.includes(feature.properties.id) ? 4 : 2}"/>`;
    })
    .join('');
  const names = Object.fromEntries(features.map((feature: { properties: { id: string; name: string } }) => [feature.properties.id, feature.properties.name]));
  const legend = Object.entries(values).map(([id, value], i) => label(520, 190 + i * 44, `${names[id]}: ${value}`, 22, highlight.includes(id) ? red : ink, highlight.includes(id) ? 700 : 400));
  return svg(960, 720, `${label(40, 60, title, 32, ink, 700)}<g transform="translate(80 86)">${shapes}</g>${legend.join('')}`);
}

const drawings: Record<string, string> = {
  'clinic-near-me': phoneApp('Clinic Near Me', 'Punta Gorda', [['Punta Gorda Community Hospital', '0.4 km · open 24 hours'], ['San Antonio Health Centre', '24 km · Mon–Fri'], ['Big Falls Health Post', '21 km · Tue, Thu'], ['Barranco Health Post', '14 km · Wed']], red),
  'wifi-near-me': phoneApp('Wi-Fi Near Me', 'Dangriga', [['Dangriga Town Library', '0.2 km · free, 8 am–8 pm'], ['Dangriga Bus Terminal', '0.6 km · free'], ['Hopkins Village Centre', '16 km · free'], ['Placencia Village Square', '62 km · free']], blue),
  'toledo-wait-times': barChart(960, 600, 'Waiting times in the south', 'Median minutes before seeing a nurse or doctor, 2026', [['Punta Gorda Hospital', 48], ['San Antonio', 35], ['Big Falls', 22], ['Barranco', 18], ['Dangriga Regional', 64], ['Independence', 41]], 'min', red),
  'follow-the-budget': website(),
  'asking-the-state': report(),
  'cayo-schools-map': districtMap('Secondary schools by district, 2025–2026', { corozal: 5, 'orange-walk': 6, belize: 23, cayo: 12, 'stann-creek': 6, toledo: 4 }, ['cayo', 'belize']),
};

mkdirSync(out, { recursive: true });
for (const [name, drawing] of Object.entries(drawings)) {
  const info = await sharp(Buffer.from(drawing)).png({ palette: true, compressionLevel: 9 }).toFile(`${out}/${name}.png`);
  console.log(`${out}/${name}.png: ${info.width} × ${info.height}, ${(info.size / 1024).toFixed(1)} KB`);
}
