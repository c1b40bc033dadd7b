/** A plain page (about, the OGP process, how to take part); its body is Markdown. */
import { z } from 'astro/zod';
import { field, text } from './fields.ts';

/** A plain page. */
export const PageSchema = z.strictObject({
  /** Page title. */
  title: field(text(), { title: 'Title' }),
  /** One sentence, used as the page's description. */
  summary: field(text(), { title: 'Summary', widget: 'text' }),
  /** Position in the footer menu, smallest first. */
  order: field(z.number().int().default(100), { title: 'Menu position' }),
});

/** A plain page as pages see it. */
export type Page = z.output<typeof PageSchema>;
