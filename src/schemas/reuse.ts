/**
 * A reuse: an app, website, visualisation, API, idea, article or study built on the open data
 * (udata's "reuse", CKAN's "showcase"); its body (Markdown) says what it does and how.
 */
import { z } from 'astro/zod';
import { field, isoDate, oneOf, ref, text, url } from './fields.ts';
import { withRules } from './rules.ts';
import { reuseTypes, themes } from './vocabularies.ts';

/** Image files a screenshot may be: what the site's image pipeline turns into WebP and AVIF. */
export const screenshotFormats = ['png', 'jpg', 'jpeg', 'webp'] as const;

/** A picture of the reuse, uploaded to `content/files/reuses/`. */
export const ScreenshotSchema = z.strictObject({
  /** The uploaded image. */
  file: field(
    z
      .string({ error: 'expected an uploaded image' })
      .trim()
      .regex(new RegExp(`^/files/[\\w./-]+\\.(${screenshotFormats.join('|')})$`), { error: `expected an image uploaded under /files/ (${screenshotFormats.join(', ')}), for example /files/reuses/clinic-near-me.png` }),
    { title: 'Image', description: 'A PNG, JPEG or WebP picture of the app or page, at most 1 MB and 2,400 pixels wide. The site makes small copies for phones.', widget: 'image' },
  ),
  /** What the picture shows, for people who cannot see it. */
  alt: field(text(), { title: 'Text alternative', description: 'What the picture shows, in a sentence, for people who cannot see it.' }),
});

/** Who made it. */
export const ReuseAuthorSchema = z.strictObject({
  /** A person, a team or a newsroom, as they sign their work. */
  name: field(text(), { title: 'Name', description: 'A person, a team or a newsroom, as they sign their work.' }),
  /** Their organization, when it is listed on the site. */
  organization: field(ref('organizations').optional(), { title: 'Organization', description: 'Leave empty when it is not listed on the site.' }),
});

/** A reuse. */
export const ReuseSchema = withRules(
  z.strictObject({
    /** Its name. */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', widget: 'text' }),
    /** What kind of work it is. */
    type: field(oneOf(reuseTypes), { title: 'Type' }),
    /** Where to use or read it. */
    link: field(url().optional(), { title: 'Link', description: 'Where to use or read it (https://…). Only an idea may have none.' }),
    /** A picture of it. */
    screenshot: field(ScreenshotSchema.optional(), { title: 'Screenshot' }),
    /** Who made it. */
    author: field(ReuseAuthorSchema, { title: 'Author' }),
    /** The datasets it uses: at least one. */
    datasets: field(z.array(ref('datasets')).min(1, { error: 'name at least one dataset of the catalogue that it uses' }), { title: 'Datasets used' }),
    /** The districts it serves; none means the whole country. */
    districts: field(z.array(ref('districts')).default([]), { title: 'Districts served', description: 'Leave empty when it serves the whole country.' }),
    /** Policy areas it touches. */
    topics: field(z.array(oneOf(themes)).default([]), { title: 'Topics' }),
    /** When it was published or launched. */
    date: field(isoDate(), { title: 'Date', description: 'When it was published or launched.' }),
    /** Shown on the home page. */
    featured: field(z.boolean().default(false), { title: 'Featured on the home page' }),
  }),
  [
    {
      name: 'link-unless-idea',
      fields: ['link', 'type'],
      check: ({ link, type }) => (!link && type !== 'idea' ? `a ${reuseTypes[type].label.toLowerCase()} needs a link where people can use or read it (only an idea may have none)` : undefined),
      requires: { link: 'Required unless the reuse is an idea.' },
      brokenBy: { type: 'app', link: undefined },
    },
  ],
);

/** A reuse as pages see it. */
export type Reuse = z.output<typeof ReuseSchema>;
