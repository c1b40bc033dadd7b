/**
 * Email addresses and telephone numbers in text from the public: found, so that the content check
 * can stop a published input that carries them, and removed, so that the importer never writes
 * them into content/ (the repository is public, and Git keeps everything it is given).
 */

/** An email address: something@domain.tld, in any script. */
const emailPattern = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * A telephone number as Belizeans write them: seven digits as 3 + 4 (`610-1234`, `610 1234`,
 * `6101234`), after an optional country code with its `+` (`+501`) or in brackets (`(501)`).
 * The `+` is required for a country code, so that a span of years such as `2025-2026` or a date
 * is never taken for a number.
 */
const phonePattern = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?|\(\d{1,4}\)[\s.-]?)?\d{3}[\s.-]?\d{4}(?![\p{L}\p{N}])/gu;

/** What replaces a removed detail, in the text readers and moderators see. */
export const redactions = { email: '[email address removed]', phone: '[telephone number removed]' } as const;

/** The email addresses in a text. */
export function findEmails(text: string): string[] {
  return text.match(emailPattern) ?? [];
}

/** The telephone numbers in a text (email addresses aside, whose digits are not numbers). */
export function findPhones(text: string): string[] {
  return text.replace(emailPattern, ' ').match(phonePattern) ?? [];
}

/** The text with every email address and telephone number replaced, and how many of each. */
export function redact(text: string): { text: string; emails: number; phones: number } {
  let emails = 0;
  let phones = 0;
  const withoutEmails = text.replace(emailPattern, () => {
    emails++;
    return redactions.email;
  });
  const clean = withoutEmails.replace(phonePattern, () => {
    phones++;
    return redactions.phone;
  });
  return { text: clean, emails, phones };
}

/** A found detail shown without giving it away, for messages in build logs: `j…@gmail.com`, `…34`. */
export function mask(detail: string): string {
  const at = detail.indexOf('@');
  if (at > 0) return `${detail[0]}…${detail.slice(at)}`;
  return `…${detail.replace(/\D/g, '').slice(-2)}`;
}
