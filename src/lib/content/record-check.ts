/**
 * One record against its collection's schema, with each problem said as the content check says
 * it: the field's path and its labels as the editor shows them ("milestones[1].end (Milestones
 * #2 › End date)"). It reads no files, so the editor runs this same code before every save.
 */
import type { z } from 'astro/zod';
import { defOf, metaOf, unwrap } from '../../schemas/walk.ts';
import { formatPath, type Problem } from './problems.ts';

/** The schema's verdict on one record's data: its problems, or the data as pages see it. */
export function schemaProblems(file: string, schema: z.ZodType, data: unknown): { problems: Problem[]; data?: Record<string, unknown> } {
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  return { problems: issuesToProblems(file, schema, result.error.issues) };
}

/** Turns zod's issues into problems with the field's path and label (and the rule's name, for a rule of `rules.ts`). */
export function issuesToProblems(file: string, schema: z.ZodType, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(shapeAt(schema, issue.path) ?? {});
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...issue.path, key]),
        message: `unknown field "${key}": check its spelling${known.length ? ` (fields here: ${known.join(', ')})` : ''}`,
      }));
    }
    const label = labelAt(schema, issue.path);
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required but missing' : issue.message;
    const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
    return [{ file, field: formatPath(issue.path) + (label ? ` (${label})` : ''), message, ...(rule && { rule }) }];
  });
}

function shapeAt(schema: z.ZodType, path: PropertyKey[]): Record<string, z.ZodType> | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = defOf(node!);
    node = def.type === 'array' ? def.element : def.shape?.[key as string];
    if (!node) return undefined;
    node = unwrap(node);
  }
  return defOf(node!).shape;
}

/** The labels along a field's path, as a coordinator sees them in the editor: "Milestones #3 › End date". */
export function labelAt(schema: z.ZodType, path: PropertyKey[]): string {
  const labels: string[] = [];
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    const def = defOf(unwrap(node!));
    if (def.type === 'array' && typeof key === 'number') {
      labels[labels.length - 1] = `${labels.at(-1) ?? 'item'} #${key + 1}`;
      node = def.element;
    } else {
      node = def.shape?.[key as string];
      if (!node) break;
      labels.push(metaOf(node).title ?? String(key));
    }
  }
  return labels.join(' › ');
}
