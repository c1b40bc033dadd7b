/**
 * The web form for asking for a dataset: its name at the form service and the names of its
 * fields, defined once. The form page renders them, `requestFromForm` and the importer read them
 * back from the service's exports, and the tests post by them.
 */
import type { WebForm } from '../forms/form.ts';
import { dataRequestThankYouUrl } from '../urls.ts';

/** The form's name at Netlify Forms. */
export const requestFormName = 'data-request';

/** The form's fields, by what they hold. */
export const requestFormFields = {
  title: 'title',
  description: 'description',
  purpose: 'purpose',
  // A group of checkboxes, one per district: `[]` is how form services (Netlify's among them) are told to keep every ticked value.
  districts: 'districts[]',
  name: 'name',
  organization: 'organization',
  consent: 'consent',
  email: 'email',
  phone: 'phone',
} as const;

/** A submission of the form: each field's value as the service stores it (several ticked districts as a list, or joined by commas). */
export type RequestFormData = Partial<Record<(typeof requestFormFields)[keyof typeof requestFormFields], string | string[] | boolean>>;

/** The form as the form service and the importer know it. */
export const requestForm: WebForm = { name: requestFormName, fields: requestFormFields, thankYou: dataRequestThankYouUrl };
