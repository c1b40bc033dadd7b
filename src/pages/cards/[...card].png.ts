/** The share cards: one PNG per record and list page, drawn at build time (cached between builds). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, type CardEntry } from '../../lib/share/cards.ts';
import { cardPng, pruneCards, renderCards } from '../../lib/share/render.ts';

let batch: Promise<void> | undefined;

export const getStaticPaths = (async () => {
  const cards = [...(await shareCards()).values()];
  return cards.map((entry) => ({ params: { card: entry.url.slice('/cards/'.length, -'.png'.length) }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // The first card draws every missing one at once, one per core; the others are then read back.
  batch ??= shareCards().then(async (cards) => {
    const svgs = [...cards.values()].map((entry) => entry.svg);
    const stats = await renderCards(svgs);
    const pruned = pruneCards();
    console.log(`[share-cards] ${cards.size} cards: ${stats.drawn} drawn, ${stats.cached} from the cache, in ${(stats.milliseconds / 1000).toFixed(2)} s${pruned ? `; ${pruned} old ones removed from the cache` : ''}`);
  });
  await batch;
  const { entry } = props as { entry: CardEntry };
  return new Response(new Uint8Array(await cardPng(entry.svg)), { headers: { 'Content-Type': 'image/png' } });
};
