/** A national action plan; its body (Markdown) describes how it was co-created. */
import { z } from 'astro/zod';
import { field, isoDate, link, oneOf, text } from './fields.ts';
import { endNotBeforeStart, withRules } from './rules.ts';
import { planStatuses } from './vocabularies.ts';

/** An action plan. */
export const ActionPlanSchema = withRules(
  z.strictObject({
    /** Name, for example "Fourth National Action Plan 2026–2028". */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists. */
    summary: field(text(), { title: 'Summary', widget: 'text' }),
    /** Where it is in its life cycle. */
    status: field(oneOf(planStatuses), { title: 'Status' }),
    /** First day of implementation. */
    start: field(isoDate(), { title: 'Start date' }),
    /** Last day of implementation. */
    end: field(isoDate(), { title: 'End date' }),
    /** Date it was adopted. */
    adopted: field(isoDate().optional(), { title: 'Adopted on' }),
    /** The plan document and related files. */
    documents: field(z.array(field(z.strictObject({ title: field(text(), { title: 'Title' }), url: field(link(), { title: 'Link or file', widget: 'file' }) }), { title: 'Document' })).default([]), { title: 'Documents' }),
  }),
  [endNotBeforeStart()],
);

/** An action plan as pages see it. */
export type ActionPlan = z.output<typeof ActionPlanSchema>;
