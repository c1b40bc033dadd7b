/**
 * The web form for public input: its name at the form service and the names of its fields. The
 * consultation page renders it, the importer reads these names back from the service's exports,
 * and the test server records posts by them, so all three agree.
 */

/** The form's name at Netlify Forms: one form for every consultation, told apart by `consultation`. */
export const inputFormName = 'public-input';

/** The honeypot field: hidden from people, filled in by robots; a filled one is spam. */
export const honeypotField = 'bot-field';

/** The form's fields, by what they hold. */
export const inputFormFields = {
  consultation: 'consultation',
  text: 'text',
  commitment: 'commitment',
  district: 'district',
  sector: 'sector',
  name: 'name',
  organization: 'organization',
  consent: 'consent',
  email: 'email',
  phone: 'phone',
} as const;

/** Values a checkbox or a yes/no column takes when ticked. */
export function isTicked(value: string | undefined): boolean {
  return ['yes', 'on', 'true', '1', 'checked'].includes((value ?? '').trim().toLowerCase());
}
