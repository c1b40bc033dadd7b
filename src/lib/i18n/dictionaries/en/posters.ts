/** The posters printed and put up in the districts: the page around them and what each says. */
import type { CollectionWords } from './collections.ts';

export const posters = {
  title: (title: string) => `Poster: ${title}`,
  /** `announcing the meeting “…”`: from the collection's words, so that each language picks the form it needs. */
  description: (what: CollectionWords, title: string) => `A poster to print and put up, announcing the ${what.singular.toLowerCase()} “${title}”: when, where and how to take part, with a QR code to its page.`,
  note: 'A poster to print on A4 or Letter paper and put up at a town council, a clinic or a school. Print this page with your browser\'s Print command: the site\'s menus are left out and it fits on one page.',
  back: (what: CollectionWords) => `Back to the ${what.singular.toLowerCase()}'s page`,
  qr: (address: string) => `QR code that opens ${address}`,
  scan: 'Scan with a phone\'s camera for the details online',
  typeAddress: 'Or type the address:',
  where: 'Where',
  howToTakePart: 'How to take part',
  sample: 'Illustrative content: a sample that shows how the site works, not an official notice.',
  /** The ways to take part, each before its details. */
  ways: { inPerson: 'In person', online: 'Online', email: 'By email', telephone: 'By telephone', whatsapp: 'By WhatsApp', post: 'By post' },
  /** `Thursday 21 January 2027, 18:00`. */
  dayAndTime: (day: string, time: string) => `${day}, ${time}`,
  /** `San Ignacio Town Hall, Thursday 21 January 2027, 18:00.` */
  venueAndTime: (venue: string, when: string) => `${venue}, ${when}.`,
  /** `opengov@example.bz: send your views or questions before the meeting`. */
  emailFor: (email: string, purpose: string) => `${email}: ${purpose}`,
  meeting: {
    alsoOnline: 'Also online',
    online: 'Online',
    askLink: (email: string) => `Ask for the link at ${email}.`,
    purpose: 'send your views or questions before the meeting',
    deciding: 'What will be discussed and decided',
    when: 'When',
  },
  consultation: {
    online: 'Online',
    form: 'the form on the consultation\'s page while it is open (the QR code opens the page).',
    purpose: (closes: string) => `send your input by ${closes}`,
    asking: 'What we are asking',
    opens: 'Opens',
    closes: 'Input closes',
    anywhere: 'Wherever you are: see how to take part, below',
  },
};
