/**
 * JSON Schema validators for the built files: draft-04 for the DCAT-US standard, 2020-12 for the
 * API's own schemas. The formats they use are checked too (ajv-formats is not installed, and the
 * three needed here are a few lines each): a "uri" must be absolute, which is the point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { default as AjvCore, ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';

const formats = {
  uri: (value: string) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(value) && URL.canParse(value),
  email: (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  date: (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
};

function withFormats<T extends AjvCore>(ajv: T): T {
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  return ajv;
}

/** A draft-04 validator with every schema of a folder loaded, so relative `$ref`s resolve. */
export function draft04(folder: string, entry: string) {
  // The official patterns escape characters (\_, \~) that ajv's default unicode mode rejects.
  // The official DCAT-US files put minItems on items without type: array; Ajv's strict types
  // would only warn about the standard's own style, on every run.
  const ajv = withFormats(new AjvDraft04({ allErrors: true, unicodeRegExp: false, strictTypes: false }));
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  }
  const schema = JSON.parse(readFileSync(join(folder, entry), 'utf8'));
  return ajv.getSchema(schema.id)!;
}

/** A 2020-12 validator for one schema. */
export function draft2020(schema: object) {
  return withFormats(new Ajv2020({ allErrors: true, strict: true })).compile(schema);
}

/** Validation errors in a few readable lines. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}
