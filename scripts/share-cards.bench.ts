/**
 * What share cards cost a build (issue #16), on 1,000 synthetic records shaped like the site's
 * (commitments with progress and a map, meetings with date and place, datasets, lists): every
 * card drawn into an empty cache, then the same build again with every card cached. Not part of
 * `npm test`: run `npm run bench:cards` (on a quiet machine: it times the CPU).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { cardSvg, type ShareCard } from '../src/lib/share/card-svg.ts';
import { renderCards } from '../src/lib/share/render.ts';

const site = { name: 'Open Government Belize', host: 'opengov.example.bz', illustrative: true };
const districts = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];
const words = ['open', 'contracting', 'health', 'services', 'in', 'Toledo', 'and', 'Stann Creek', 'school', 'meals', 'budget', 'for', 'every', 'district', 'public', 'information', 'requests', 'answered', 'on', 'time'];

/** The n-th synthetic card: kinds in the sample's proportions, titles of 4 to 16 words, all different. */
function syntheticCard(n: number): ShareCard {
  const title = `${n}: ${Array.from({ length: 4 + (n % 13) }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ')}`;
  const map = n % 3 ? { districts: [districts[n % 6], districts[(n + 2) % 6]].slice(0, 1 + (n % 2)), label: 'Toledo and Stann Creek Districts' } : undefined;
  const page = `/records/${n}/`;
  switch (n % 4) {
    case 0:
      return { page, caption: `Commitment BZ${n} · Health`, title, status: { label: 'Completion: Limited', tone: 'in-progress' }, progress: { complete: n % 9, total: 9, sentence: `${n % 9} of 9 milestones complete, 1 overdue` }, map };
    case 1:
      return { page, caption: 'Public consultation', title, status: { label: 'Scheduled', tone: 'upcoming' }, lines: ['Thursday 21 January 2027, 09:30', 'San Ignacio Town Hall, Cayo District, and online'], map };
    case 2:
      return { page, caption: 'Dataset · Ministry of Health', title, lines: ['3 files: CSV and GeoJSON', 'Updated: Monthly'], map };
    default:
      return { page, caption: 'Open data · Theme', title, lines: [`${n} datasets`] };
  }
}

const count = Number(process.argv[2] ?? 1000);
const cache = mkdtempSync(join(tmpdir(), 'og-cards-bench-'));
const seconds = (started: number) => (performance.now() - started) / 1000;
const perCard = (started: number) => `${((seconds(started) * 1000) / count).toFixed(1)} ms a card`;
// CPU time counts every thread of the process (resvg draws on libuv's pool) and, unlike the
// clock, does not grow when other work shares the machine.
const cpu = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return `${((used.user + used.system) / 1000 / count).toFixed(1)} ms of CPU a card`;
};

try {
  let started = performance.now();
  const svgs = Array.from({ length: count }, (_, n) => cardSvg(syntheticCard(n), site));
  console.log(`SVG (text measured and wrapped): ${count} cards in ${seconds(started).toFixed(2)} s, ${perCard(started)}`);

  started = performance.now();
  let since = process.cpuUsage();
  const cold = await renderCards(svgs, cache);
  console.log(`Cold cache: ${cold.drawn} drawn in ${seconds(started).toFixed(1)} s on ${availableParallelism()} cores, ${perCard(started)}, ${cpu(since)}`);

  started = performance.now();
  since = process.cpuUsage();
  const cached = await renderCards(svgs, cache);
  console.log(`Cached: ${cached.cached} read back, ${cached.drawn} drawn, in ${seconds(started).toFixed(2)} s, ${perCard(started)}, ${cpu(since)}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
