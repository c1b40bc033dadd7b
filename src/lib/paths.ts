/** Where the content lives. `CONTENT_DIR` lets tests build the site from a fixture folder. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';
