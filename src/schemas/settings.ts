/** Site-wide settings, kept in `content/settings.yaml` so coordinators can change them in the CMS. */
import { z } from 'astro/zod';
import { field, text, url, email } from './fields.ts';

/** Site settings. */
export const SettingsSchema = z.strictObject({
  /** The site's name. */
  title: field(text(), { title: 'Site name' }),
  /** One line under the name. */
  tagline: field(text(), { title: 'Tagline' }),
  /** Public address of the site, for links in feeds and data catalogues. */
  url: field(url(), { title: 'Site address' }),
  /** Show the banner saying the content is illustrative. */
  illustrative: field(z.boolean().default(false), { title: 'Show the "illustrative content" banner' }),
  /** Contact address of the OGP point of contact. */
  contactEmail: field(email(), { title: 'Contact email' }),
  /** The Git repository, for links to commits. */
  repository: field(z.strictObject({ url: url(), branch: text().default('main') }).optional(), { title: 'Git repository' }),
  /** An optional base map for the interactive map; off by default (no third-party requests). */
  baseMap: field(z.strictObject({ tiles: text(), attribution: text() }).optional(), { title: 'Base map tiles (optional)', description: 'For the interactive map: a tile address such as https://tiles.example.org/{z}/{x}/{y}.png and the credit its provider asks for. Off by default, because every tile is a request to another server: also add that server to img-src in netlify.toml.' }),
});

/** Site settings as pages see them. */
export type Settings = z.output<typeof SettingsSchema>;
