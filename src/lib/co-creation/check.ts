/**
 * The content check's rules for consultations and public input that one file's schema cannot
 * see: numbers unique within a consultation, merged input pointing at input of the same
 * consultation, milestones that exist, and no email address or telephone number in published
 * input unless a coordinator marked it as public contact details on purpose.
 */
import type { Commitment } from '../../schemas/commitment.ts';
import { InputResponseSchema, LedToSchema, PublicInputSchema, type PublicInput } from '../../schemas/public-input.ts';
import { metaOf } from '../../schemas/walk.ts';
import type { CheckedRecord, Problem } from '../content/problems.ts';
import { findEmails, findPhones, mask, redactions } from '../forms/personal-data.ts';

/** Consultation ids the site's own pages under /consultations/ use. */
export const reservedConsultationIds = ['thank-you'];

/** A field's path with its labels, as the content check names fields: `text (The input)`. */
const titled = (path: string, ...labels: (string | undefined)[]) => `${path} (${labels.join(' › ')})`;
const title = (schema: Parameters<typeof metaOf>[0]) => metaOf(schema).title;
const response = title(PublicInputSchema.shape.response);
const fieldNames = {
  number: titled('number', title(PublicInputSchema.shape.number)),
  mergedInto: titled('response.mergedInto', response, title(InputResponseSchema.shape.mergedInto)),
  milestone: (index: number) => titled(`response.ledTo[${index}].milestone`, response, `${title(InputResponseSchema.shape.ledTo)} #${index + 1}`, title(LedToSchema.shape.milestone)),
  summary: titled('summary', title(PublicInputSchema.shape.summary)),
  text: titled('text', title(PublicInputSchema.shape.text)),
};

/** Adds every co-creation problem among the checked records to `problems`. */
export function checkCoCreation(records: CheckedRecord[], problems: Problem[]): void {
  const inputs = records.filter((record) => record.collection === 'public-input');
  const byId = new Map(inputs.map((record) => [record.id, record]));
  const commitments = new Map(records.filter((record) => record.collection === 'commitments').map((record) => [record.id, record.data as unknown as Commitment]));

  for (const record of records.filter((r) => r.collection === 'consultations' && reservedConsultationIds.includes(r.id))) {
    problems.push({ file: record.file, message: `"${record.id}" is the address of one of the site's own pages: choose another file name` });
  }

  const numbers = new Map<string, CheckedRecord>();
  for (const record of inputs) {
    const input = record.data as unknown as PublicInput;
    const key = `${input.consultation}#${input.number}`;
    const other = numbers.get(key);
    if (other) problems.push({ file: record.file, field: fieldNames.number, message: `#${input.number} is already used by ${other.file} in the same consultation: give it the next free number` });
    else numbers.set(key, record);

    const target = input.response.mergedInto;
    if (target === record.id) {
      problems.push({ file: record.file, field: fieldNames.mergedInto, message: 'input cannot be merged into itself: name the other input it was merged with' });
    } else if (target && byId.has(target)) {
      const into = byId.get(target)!.data as unknown as PublicInput;
      if (into.consultation !== input.consultation) problems.push({ file: record.file, field: fieldNames.mergedInto, message: `"${target}" answers another consultation (${into.consultation}): merge input only with input of the same consultation` });
      else if (input.moderation === 'published' && into.moderation !== 'published') problems.push({ file: record.file, field: fieldNames.mergedInto, message: `"${target}" is not published (${into.moderation}), so readers could not follow the link: merge it with published input` });
    }

    input.response.ledTo.forEach((led, index) => {
      const commitment = commitments.get(led.commitment);
      if (led.milestone && commitment && !commitment.milestones.some((milestone) => milestone.title === led.milestone)) {
        problems.push({ file: record.file, field: fieldNames.milestone(index), message: `the commitment ${led.commitment} has no milestone titled "${led.milestone}": copy its title exactly, or leave the milestone empty` });
      }
    });

    if (input.moderation === 'published' && !input.publicContact) {
      for (const field of ['summary', 'text'] as const) {
        const emails = findEmails(input[field]);
        const phones = findPhones(input[field]);
        if (emails.length) problems.push({ file: record.file, field: fieldNames[field], message: `published input carries an email address (${emails.map(mask).join(', ')}): replace it with "${redactions.email}", or, if it is an organization's public address left in on purpose, tick "Carries public contact details on purpose" (publicContact: true)` });
        if (phones.length) problems.push({ file: record.file, field: fieldNames[field], message: `published input carries a telephone number (${phones.map(mask).join(', ')}): replace it with "${redactions.phone}", or, if it is an organization's public number left in on purpose, tick "Carries public contact details on purpose" (publicContact: true)` });
      }
    }
  }
}
