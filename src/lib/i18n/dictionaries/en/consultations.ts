/** Consultations and the public's input: the list, a consultation's page, the figures and the table of input. */

export const consultations = {
  index: {
    title: 'Consultations',
    description: 'Public consultations on Belize\'s Open Government action plan: what is open for input now, how to take part, and the government\'s reasoned response to every input.',
    lede: 'Anyone may give input to the action plan while a consultation is open, on this site, by email, by telephone, on WhatsApp, by letter or in person. Every input is published with a number and the government\'s answer: what was taken up, what was not, and why.',
    /** A group's heading: `Open for input (1)`. */
    state: (state: string, n: string) => `${state} (${n})`,
    none: 'No consultation yet.',
    more: 'More',
    standards: 'OGP\'s co-creation standards, and what this site shows of them',
  },
  /** On a list of consultations: `Co-creation of an action plan · input from 1 March 2027 to 31 March 2027`. */
  inputFrom: (period: string) => `input from ${period}`,
  /** The page's description. */
  description: (kind: string, period: string, summary: string) => `${kind}, input from ${period}. ${summary}`,
  inputTaken: 'Input taken',
  announced: 'Announced',
  whoCanTakePart: 'Who can take part',
  openToAll: 'Everyone: no invitation or membership needed',
  byInvitation: 'By invitation',
  reasonedResponse: 'Reasoned response',
  /** Before the date the response was published. */
  published: 'Published',
  beingPrepared: 'Being prepared',
  onceClosed: 'Once the consultation closes',
  whatFor: 'What it is for',
  questions: 'Questions',
  documents: 'Documents',
  howToTakePart: 'How to take part',
  channels: {
    formBelow: 'the form below',
    formWhileOpen: 'the form on this page, while the consultation is open',
    inPerson: 'at the sessions below, where anyone present may speak',
  },
  sessions: 'Sessions',
  poster: 'A poster of this consultation to print and put up (A4 or Letter, with a QR code to this page)',
  giveInput: 'Give your input',
  /** Around the opening date: `The consultation opens on 1 March 2027.` */
  opens: { before: 'The consultation opens on ', after: '.' },
  opensThen: 'The form to give input will be on this page then.',
  /** Around the closing date: `This consultation closed on 31 March 2027:` */
  closed: { before: 'This consultation closed on ', after: ':' },
  noLongerTakesInput: 'it no longer takes input.',
  response: 'Input received and the reasoned response',
  tableCaption: (title: string) => `Published input to “${title}”, by number`,
  standards: 'How the site evidences OGP\'s co-creation standards',
  /** The filters of the table of input. */
  facets: { outcome: 'Outcome', channel: 'Channel', district: 'District', sector: 'Sector' },
  notGiven: 'Not given',
  /** A filter's table: `By outcome`. */
  byFacet: (facet: string) => `By ${facet.toLowerCase()}`,
  figures: {
    received: 'received',
    published: 'published',
    answered: (percent: string) => `answered (${percent} %)`,
    withheld: 'withheld',
    awaitingModeration: 'awaiting moderation',
  },
  answeredOf: (answered: string, published: string) => `${answered} of the ${published} published pieces of input have an answer, with its reason.`,
  neverShown: 'Withheld input (abusive, or giving someone\'s personal details) and input still awaiting moderation are counted here but never shown.',
  countColumns: { input: 'Input', share: 'Share' },
  /** `12 %`: a share of the published input. */
  percent: (n: string) => `${n} %`,
  table: {
    columns: { number: 'No.', input: 'Input', outcome: 'Outcome', reason: 'Reason, and what it led to' },
    late: ', after the closing date',
    /** Before the commitment an input is about. */
    about: 'About',
    inFull: 'The input in full',
    mergedInto: { before: 'Merged into ', after: '.' },
    ledTo: { before: 'Led to ', after: '.' },
    /** Around the title of the milestone an input led to: `, milestone “…”`. */
    milestone: { before: ', milestone “', after: '”' },
    /** `Answered 2 May 2027 by the Ministry of …`. */
    answered: 'Answered',
    by: (organization: string) => ` by ${organization}`,
  },
  /** A page of the table narrowed to one value of a filter. */
  filter: {
    title: (facet: string, value: string, consultation: string) => `${facet}: ${value}, in the input to “${consultation}”`,
    many: (n: string, published: string) => `${n} of the ${published} published pieces of input`,
    description: (many: string, consultation: string) => `${many} to ${consultation}, with the government's answer to each and the reason.`,
    heading: (facet: string, value: string) => `Input by ${facet.toLowerCase()}: ${value}`,
    all: 'All the input and the figures',
    caption: (facet: string, value: string) => `${facet}: ${value}`,
    others: 'Other filters',
    pages: (facet: string, value: string) => `Pages of the input by ${facet.toLowerCase()}: ${value}`,
  },
};
