/** Where the content lives. `CONTENT_DIR` lets tests build the site from a fixture folder. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Astro's cache folder, kept between builds (Netlify keeps node_modules). `ASTRO_CACHE_DIR` gives a test build its own. */
export const cacheDir = process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';

/**
 * Where share cards are cached: beside Astro's default cache, and shared by every build of this
 * copy (test builds with their own `ASTRO_CACHE_DIR` included), which is safe because a card is
 * named by the hash of everything that decides it.
 */
export const shareCardCacheDir = process.env.SHARE_CARD_CACHE_DIR ?? 'node_modules/.astro/share-cards';
