/** Site-wide settings, kept in `content/settings.yaml` so coordinators can change them in the CMS. */
import { z } from 'astro/zod';
import { field, text, url, email } from './fields.ts';

/** Site settings. */
export const SettingsSchema = z.strictObject({
  /** The site's name. */
  title: field(text(), { title: 'Site name' }),
  /** One line under the name. */
  tagline: field(text(), { title: 'Tagline' }),
  /** The name and tagline in the site's other languages (English is above). */
  translations: field(
    z.array(z.strictObject({
      lang: field(text(), { title: 'Language code', description: 'For example es for Spanish: one of the languages the site is published in.' }),
      title: field(text(), { title: 'Site name in that language' }),
      tagline: field(text(), { title: 'Tagline in that language' }),
    })).default([]),
    { title: 'Name and tagline in other languages' },
  ),
  /** Public address of the site, for links in feeds and data catalogues. */
  url: field(url(), { title: 'Site address' }),
  /** Show the banner saying the content is illustrative. */
  illustrative: field(z.boolean().default(false), { title: 'Show the "illustrative content" banner' }),
  /** Contact address of the OGP point of contact. */
  contactEmail: field(email(), { title: 'Contact email' }),
  /** Telephone of the OGP point of contact, for readers offline (posters). */
  contactTelephone: field(text().optional(), { title: 'Contact telephone', description: 'Printed on posters for people without the internet, for example +501 822-0100.' }),
  /** The Git repository: links to commits, and where the CMS saves (GitHub). */
  repository: field(
    z.strictObject({
      url: field(url(), { title: 'Address', description: 'For example https://github.com/opengov-belize/site.' }),
      branch: field(text().default('main'), { title: 'Branch the site is built from' }),
      authUrl: field(url().optional(), { title: 'Sign-in service for the CMS', description: 'Leave empty on Netlify: its GitHub sign-in is used. Elsewhere, the address of an OAuth service for Decap CMS.' }),
    }).optional(),
    { title: 'Git repository' },
  ),
  /** Where the web forms post, on hosts other than Netlify (whose own forms receive them by default). */
  formEndpoint: field(url().optional(), { title: 'Form service address (hosts other than Netlify)', description: 'Leave empty on Netlify: Netlify Forms receives the input. On another host, the address of the form service that receives it; also add its origin to form-action in the Content-Security-Policy.' }),
  /** An optional base map for the interactive map; off by default (no third-party requests). */
  baseMap: field(z.strictObject({ tiles: text(), attribution: text() }).optional(), { title: 'Base map tiles (optional)', description: 'For the interactive map: a tile address such as https://tiles.example.org/{z}/{x}/{y}.png and the credit its provider asks for. Off by default, because every tile is a request to another server: also add that server to img-src in netlify.toml.' }),
});

/** Site settings as pages see them. */
export type Settings = z.output<typeof SettingsSchema>;
