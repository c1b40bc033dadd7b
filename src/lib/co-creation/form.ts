/**
 * The web form for public input: its name at the form service and the names of its fields. The
 * consultation page renders it, the importer reads these names back from the service's exports,
 * and the test server records posts by them, so all three agree. What every form shares (the
 * honeypot, the form's name in each post) is in `../forms/form.ts`.
 */
import type { WebForm } from '../forms/form.ts';
import { thankYouUrl } from '../urls.ts';

/** The form's name at Netlify Forms: one form for every consultation, told apart by `consultation`. */
export const inputFormName = 'public-input';

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

/** The form as the form service and the importer know it. */
export const inputForm: WebForm = { name: inputFormName, fields: inputFormFields, thankYou: thankYouUrl };
