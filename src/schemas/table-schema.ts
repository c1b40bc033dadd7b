/**
 * A data dictionary: the Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * kept as JSON beside a CSV in `content/files/datasets/`, describing each column. Only the parts
 * this site checks and shows are accepted, so a misspelt property is reported, not ignored.
 */
import { z } from 'astro/zod';
import { field, oneOf, text } from './fields.ts';

/** Column types of Table Schema that the content check knows how to verify, with their labels. */
export const tableFieldTypes = {
  string: 'Text',
  number: 'Number',
  integer: 'Whole number',
  boolean: 'true or false',
  date: 'Date (YYYY-MM-DD)',
  time: 'Time (HH:MM:SS)',
  datetime: 'Date and time (ISO 8601)',
  year: 'Year (YYYY)',
  yearmonth: 'Month (YYYY-MM)',
  any: 'Any value',
} as const;

/** One column. */
export const TableFieldSchema = z.strictObject({
  /** The column's name, exactly as in the CSV header. */
  name: field(text(), { title: 'Column name' }),
  /** A human title. */
  title: field(z.string().trim().optional(), { title: 'Title' }),
  /** What the values are; Table Schema's default is text. */
  type: field(oneOf(tableFieldTypes).default('string'), { title: 'Type' }),
  /** What the column holds. */
  description: field(z.string().trim().optional(), { title: 'Description' }),
  /** Unit of measure (an extension to Table Schema, shown beside the description). */
  unit: field(z.string().trim().optional(), { title: 'Unit' }),
  /** An example value. */
  example: field(z.union([z.string(), z.number(), z.boolean()]).optional(), { title: 'Example' }),
  /** Rules the values follow. */
  constraints: field(
    z
      .strictObject({
        /** Every row has a value. */
        required: z.boolean().optional(),
        /** The only values allowed, as written in the CSV. */
        enum: z.array(z.union([z.string(), z.number()])).min(1).optional(),
      })
      .optional(),
    { title: 'Constraints' },
  ),
});

/** The dictionary of one CSV file. */
export const TableSchemaSchema = z.strictObject({
  /** The Table Schema profile, when the file names it. */
  $schema: z.string().optional(),
  /** The columns, in the order of the CSV header. */
  fields: field(z.array(TableFieldSchema).min(1, { error: 'list at least one column' }), { title: 'Columns' }),
  /** Cell values that mean "no value"; Table Schema's default is the empty string. */
  missingValues: field(z.array(z.string()).default(['']), { title: 'Values meaning "missing"' }),
});

/** A data dictionary as pages see it. */
export type TableSchema = z.output<typeof TableSchemaSchema>;
/** One column of a data dictionary. */
export type TableField = z.output<typeof TableFieldSchema>;
