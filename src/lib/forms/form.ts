/**
 * What every web form of the site shares: how the form service is told which form a post belongs
 * to, the honeypot that catches robots, and how a ticked box reads. The forms themselves (their
 * names and fields) belong to their capabilities: `co-creation/form.ts` for public input,
 * `innovation/request-form.ts` for data requests.
 */

/** The hidden field that names the form in every post, as Netlify Forms requires of a form sent without JavaScript. */
export const formNameField = 'form-name';

/** The honeypot field: hidden from people, filled in by robots; a filled one is spam. */
export const honeypotField = 'bot-field';

/** A web form as the form service knows it: its name, its fields by what they hold, and the page a sent form lands on. */
export interface WebForm {
  name: string;
  fields: Readonly<Record<string, string>>;
  thankYou: string;
}

/** Values a checkbox or a yes/no column takes when ticked. */
export function isTicked(value: string | boolean | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return ['yes', 'on', 'true', '1', 'checked'].includes((value ?? '').trim().toLowerCase());
}

/**
 * The form a submission was sent with: the name the service gives, or, for an export that does
 * not say (Netlify's CSV is one form's), the form that has the most of its columns.
 */
export function formOf(submission: { formName?: string; data: Record<string, string> }, forms: readonly WebForm[]): WebForm | undefined {
  if (submission.formName) return forms.find((form) => form.name === submission.formName);
  const columns = Object.keys(submission.data);
  const scored = forms.map((form) => ({ form, score: columns.filter((column) => Object.values(form.fields).includes(column)).length })).sort((a, b) => b.score - a.score);
  // Nothing in common, or as much with two forms: no guess.
  return scored[0] && scored[0].score > 0 && scored[0].score !== scored[1]?.score ? scored[0].form : undefined;
}
