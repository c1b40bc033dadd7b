/**
 * Rules that read more than one field of a record (or of one item of a list): a district or
 * "held online", an end on or after its start, a completion date only once complete. Each rule
 * has a name, the fields it reads, the hints the editor shows for it and the values that break
 * it. `withRules` runs them inside the schema, so the content check and the editor, which runs
 * the same schema before every save, refuse the same records with the same words; the CMS
 * configuration takes the hints from here, and the tests take every rule from here.
 */
import type { z } from 'astro/zod';
import type { FieldRule } from './fields.ts';
import { defOf, metaOf, unwrap } from './walk.ts';

export type { FieldRule } from './fields.ts';

/** An object schema that also checks `rules`, and lists them in its metadata. */
export function withRules<S extends z.ZodObject>(schema: S, rules: FieldRule<z.output<S>>[]): S {
  const checked = schema.superRefine((value, ctx) => {
    for (const rule of rules) {
      const message = rule.check(value as z.output<S>);
      if (message) ctx.addIssue({ code: 'custom', path: [rule.fields[0]], message, params: { rule: rule.name } });
    }
  });
  return checked.meta({ ...(schema.meta() ?? {}), rules }) as S;
}

/** The rules an object schema checks (none for other schemas). */
export function rulesOf(schema: z.ZodType): FieldRule[] {
  return (metaOf(unwrap(schema)).rules ?? []) as FieldRule[];
}

/** The hints the rules of an object give one of its fields: when it is required, then the limits it must keep. */
export function ruleHints(schema: z.ZodType, field: string): { requires: string[]; limits: string[] } {
  const rules = rulesOf(schema);
  const pick = (hints: (Record<string, string> | undefined)[]) => hints.map((hint) => hint?.[field]).filter((hint): hint is string => Boolean(hint));
  return { requires: pick(rules.map((rule) => rule.requires)), limits: pick(rules.map((rule) => rule.hints)) };
}

/** Where a rule sits in a record: the path of its object, with `[]` for "each item of the list". */
export interface PlacedRule {
  /** Field names from the record to the rule's object, like `['milestones', '[]']`; empty for the record itself. */
  path: string[];
  rule: FieldRule;
}

/** Every rule in a record's schema, at every depth: the record's own, its groups' and its lists' items'. */
export function allRules(schema: z.ZodType, path: string[] = []): PlacedRule[] {
  const found: PlacedRule[] = rulesOf(schema).map((rule) => ({ path, rule }));
  const def = defOf(unwrap(schema));
  if (def.type === 'object') {
    for (const [name, child] of Object.entries(def.shape ?? {})) found.push(...allRules(child, [...path, name]));
  } else if (def.type === 'array' && def.element) {
    found.push(...allRules(def.element, [...path, '[]']));
  }
  return found;
}

/** `end-not-before-start`: an end date on or after the start date (both ISO strings, so they compare as text). */
export function endNotBeforeStart(brokenBy: { start: string; end: string } = { start: '2027-01-01', end: '2026-12-31' }): FieldRule<{ start?: string; end?: string }> {
  return {
    name: 'end-not-before-start',
    fields: ['end', 'start'],
    check: ({ start, end }) => (start && end && end < start ? `the end date ${end} is before the start date ${start}` : undefined),
    hints: { end: 'On or after the start date.' },
    brokenBy,
  };
}
