/**
 * What the content check adds for reuses, data requests and challenges beyond their schemas:
 * screenshots that the image pipeline can take, and no contact details in what the public sent.
 */
import { formatPath, type CheckedRecord, type Problem } from '../content/problems.ts';
import { findEmails, findPhones } from '../forms/personal-data.ts';
import { checkScreenshots } from './screenshots.ts';

/** The fields of a data request that hold the requester's own words. */
const requestTexts = [['title'], ['description'], ['purpose'], ['requester', 'name'], ['requester', 'organization']] as const;

/** Every problem of the innovation records that their schemas cannot see. */
export function checkInnovation(root: string, records: CheckedRecord[], problems: Problem[]) {
  checkScreenshots(root, records, problems);
  checkContactDetails(records, problems);
}

/** Contact details are kept outside the site (and outside Git): a request's text must not carry them. */
function checkContactDetails(records: CheckedRecord[], problems: Problem[]) {
  for (const record of records.filter((r) => r.collection === 'data-requests')) {
    for (const path of requestTexts) {
      const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record.data);
      if (typeof value !== 'string') continue;
      // The same patterns as the importer's, so that what it writes passes, and what it would remove is refused.
      const found = findEmails(value).length ? 'an email address' : findPhones(value).length ? 'a telephone number' : undefined;
      if (found) problems.push({ file: record.file, field: formatPath([...path]), message: `holds ${found}: remove it (contact details stay outside the site, with the coordinator who answers the requester)` });
    }
  }
}
