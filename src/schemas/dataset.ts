/** A dataset of the open data catalogue, in DCAT terms; its body (Markdown) is the description. */
import { z } from 'astro/zod';
import { belizeExtent, email, field, isoDate, link, oneOf, ref, text } from './fields.ts';
import { endNotBeforeStart, withRules } from './rules.ts';
import { accessLevels, licences, resourceFormats, themes, updateFrequencies } from './vocabularies.ts';

/** A file or service that holds the data (DCAT distribution). */
export const ResourceSchema = field(withRules(
  z.strictObject({
    /** What this file holds. */
    title: field(text(), { title: 'Name' }),
    /** File format. */
    format: field(oneOf(resourceFormats), { title: 'Format' }),
    /** A file kept in this repository, under /files/. */
    file: field(z.string().trim().regex(/^\/files\/[\w./-]+$/, { error: 'expected a path under /files/, for example /files/datasets/clinics.csv' }).optional(), { title: 'File', widget: 'file' }),
    /** Or a web address where the data lives. */
    url: field(link().optional(), { title: 'Link', description: 'The address of the file or service.' }),
    /** What else a reader should know. */
    description: field(z.string().trim().optional(), { title: 'Description', widget: 'text' }),
    /** Data dictionary (Frictionless Table Schema) for a CSV file. */
    schema: field(z.string().trim().regex(/^\/files\/[\w./-]+\.json$/, { error: 'expected a path under /files/ ending in .json' }).optional(), { title: 'Data dictionary (Table Schema JSON)', widget: 'file' }),
  }),
  [
    {
      name: 'file-or-link',
      fields: ['file', 'url'],
      check: ({ file, url }) => (!file === !url ? 'give either an uploaded file or a link, not both and not neither' : undefined),
      requires: { file: 'Required unless the data is linked below; not both.', url: 'Required unless the file is uploaded above; not both.' },
      brokenBy: { file: undefined, url: undefined },
    },
  ],
), { title: 'Resource' });

/** The person or desk that answers questions about the data. */
export const DatasetContactSchema = z.strictObject({
  /** Name of the person or desk. */
  name: field(text(), { title: 'Name' }),
  /** Their email address. */
  email: field(email(), { title: 'Email' }),
});

/** A dataset. */
export const DatasetSchema = withRules(
  z.strictObject({
    /** Name of the dataset. */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', widget: 'text' }),
    /** Organization that publishes it. */
    publisher: field(ref('organizations'), { title: 'Publisher' }),
    /** Who answers questions about it. */
    contact: field(DatasetContactSchema, { title: 'Contact point' }),
    /** Search words. */
    keywords: field(z.array(field(text(), { title: 'Keyword' })).default([]), { title: 'Keywords' }),
    /** Policy areas. */
    themes: field(z.array(oneOf(themes)).min(1, { error: 'choose at least one theme' }), { title: 'Themes' }),
    /** Districts covered; none means nationwide. */
    districts: field(z.array(ref('districts')).default([]), { title: 'Districts covered', description: 'Leave empty when the data covers the whole country.' }),
    /** Bounding box [west, south, east, north], when narrower than the districts. */
    bbox: field(
      z
        .tuple([z.number(), z.number(), z.number(), z.number()])
        .refine(([w, s, e, n]) => w < e && s < n && w >= belizeExtent[0] && e <= belizeExtent[2] && s >= belizeExtent[1] && n <= belizeExtent[3], {
          error: 'expected [west, south, east, north] inside Belize, west < east and south < north',
        })
        .optional(),
      { title: 'Spatial extent [west, south, east, north]' },
    ),
    /** Period the data covers. */
    temporal: field(withRules(z.strictObject({ start: field(isoDate(), { title: 'Start date' }), end: field(isoDate().optional(), { title: 'End date' }) }), [endNotBeforeStart()]).optional(), { title: 'Period covered' }),
    /** How often it is updated. */
    frequency: field(oneOf(updateFrequencies), { title: 'Update frequency' }),
    /** Licence. */
    licence: field(oneOf(licences), { title: 'Licence' }),
    /** DCAT-US access level. */
    accessLevel: field(oneOf(accessLevels).default('public'), { title: 'Access level' }),
    /** First published. */
    issued: field(isoDate(), { title: 'Date first published' }),
    /** Last changed; by default the date of the last change in Git. */
    modified: field(isoDate().optional(), { title: 'Date last modified', description: 'Leave empty to use the date of the last saved change.' }),
    /** Commitments this data serves. */
    commitments: field(z.array(ref('commitments')).default([]), { title: 'Related commitments' }),
    /** Files and services. */
    resources: field(z.array(ResourceSchema).min(1, { error: 'a dataset needs at least one file or link' }), { title: 'Resources (files)' }),
  }),
  [
    {
      name: 'modified-not-before-issued',
      fields: ['modified', 'issued'],
      check: ({ modified, issued }) => (modified && modified < issued ? `the date last modified ${modified} is before the date first published ${issued}` : undefined),
      hints: { modified: 'On or after the date first published.' },
      brokenBy: { issued: '2026-11-26', modified: '2026-11-25' },
    },
  ],
);

/** A dataset as pages see it. */
export type Dataset = z.output<typeof DatasetSchema>;
/** A dataset resource. */
export type Resource = z.output<typeof ResourceSchema>;
