/** The site's web forms: what every form shares, the form for public input, the form for asking for a dataset, and the pages a sent form lands on. */

export const forms = {
  required: '(required)',
  optional: '(optional)',
  trap: 'Leave this empty if you are a person:',
  noticeHeading: 'What is published, and what is not',
  published: 'Published',
  neverPublished: 'Never published',
  readFirst: 'Read by a person first',
  /** The part about the person who sends a form. */
  person: {
    legend: 'Your name (optional)',
    name: 'Name',
    organization: 'Organization or group, if you write for one',
    email: 'Email',
    phone: 'Telephone or WhatsApp',
  },
  /** The form for input to an open consultation. */
  input: {
    submit: 'Send your input',
    text: 'Your input',
    textHint: (closes: string) => `Your idea, comment or question, in English, Spanish or Kriol. Open until ${closes}.`,
    commitment: 'Which commitment is it about?',
    somethingElse: 'Something else, or several',
    district: 'Your district',
    preferNot: 'Prefer not to say',
    sector: 'You are writing as',
    /** The whole phrase for each form, so that each language words it. */
    consent: 'Publish my name and organization with my input',
    contactLegend: 'If you would like a reply (optional, never published)',
    published: 'on this page, with a number and the government\'s answer: your input, the commitment it is about, your district and how you are writing. Your name and organization only if you tick the box.',
    neverPublished: ': your email address and telephone number. Only the Open Government coordinators see them, to reply to you, and they delete them once the consultation\'s response is published. Email addresses and telephone numbers written in your input are removed before it is published.',
    readFirst: ': input that is abusive, or that gives someone\'s personal details, is withheld and only counted.',
  },
  /** The form for asking for a dataset, and its page. */
  request: {
    title: 'Ask for a dataset',
    description: 'Ask for data the government holds and does not publish yet: say what you need, why, and for which districts. The organization that holds it answers on this site.',
    lede: {
      before: 'Need data that is not in the ',
      catalogue: 'catalogue',
      middle: '? Ask for it here. The organization that holds it answers on the ',
      list: 'list of data requests',
      after: ', and the list shows how long each request has waited.',
    },
    lookFirst: 'Look at the list first: someone may have asked for the same data already.',
    yourRequest: 'Your request',
    submit: 'Send your request',
    what: 'What data do you need?',
    whatHint: 'In a few words, for example "Bus stops and timetables in Corozal".',
    hold: 'What should it hold?',
    holdHint: 'The details you need, the years, how often it should be updated. In English, Spanish or Kriol.',
    purpose: 'What will you use it for?',
    purposeHint: 'An app, a study, a news story, your work or your community: it helps the organization that holds the data to put it first.',
    districts: 'Which districts? (optional)',
    districtsHint: 'Tick none if you need the whole country.',
    consent: 'Publish my name and organization with my request',
    contactLegend: 'To hear the answer from us (optional, never published)',
    published: 'on the list of data requests, with the answer of the organization that holds the data: what you asked for, why, and the districts. Your name and organization only if you tick the box.',
    neverPublished: ': your email address and telephone number. Only the Open Government coordinators see them, to tell you the answer. Email addresses and telephone numbers written in your request are removed before it is published.',
    readFirst: ': a request that is abusive, or that asks for someone\'s personal details, is withheld and only counted.',
  },
  /** The page a sent form lands on. */
  sent: {
    next: 'What happens next',
    input: {
      title: 'Thank you: your input was sent',
      description: 'Your input to the consultation was received. A coordinator reads it, publishes it with a number, and the government answers it with a reason.',
      back: 'Back to the consultations',
      lede: 'Your input reached the Open Government coordinators.',
      steps: [
        'A coordinator reads it. Input that is abusive, or that gives someone\'s personal details, is withheld and only counted.',
        'It is published on the consultation\'s page with a number, with your name only if you ticked the box. Email addresses and telephone numbers are never published.',
        'Once the consultation closes, the government answers every input: adopted, partly adopted, merged with similar input, not adopted or out of scope, always with the reason. If you left an email address or a number, you will hear from us then.',
      ],
    },
    request: {
      title: 'Thank you: your request was sent',
      description: 'Your request for a dataset was received. A coordinator reads it, publishes it on the list of data requests, and the organization that holds the data answers it.',
      back: 'Back to the data requests',
      lede: 'Your request reached the Open Government coordinators.',
      steps: [
        'A coordinator reads it. A request that is abusive, or that asks for someone\'s personal details, is withheld and only counted.',
        'It is published on the list of data requests, with your name only if you ticked the box. Email addresses and telephone numbers are never published.',
        'The organization that holds the data answers it: under review, planned with a date, published with a link to the dataset, or declined with the reason. The list shows how long each request has waited. If you left an email address or a number, you will hear from us when it is answered.',
      ],
    },
  },
};
