/** Where the content lives. `CONTENT_DIR` lets tests build the site from a fixture folder. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Astro's cache folder, kept between builds (Netlify keeps node_modules): share cards are cached there. `ASTRO_CACHE_DIR` gives a test build its own. */
export const cacheDir = process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';
