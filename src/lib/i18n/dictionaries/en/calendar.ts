/** The calendar page and the text of the calendar files (.ics) in this language. */
export const calendar = {
  /** The calendars published under /calendar/, by file name. */
  feeds: {
    all: { title: 'Meetings, deadlines and consultations', description: 'Every event of the calendars below, in one calendar.' },
    meetings: { title: 'Meetings of the Coordination Mechanism', description: 'Every meeting of the Open Government Coordination Mechanism, past and coming: date and time, place or "online", and whether it was cancelled or postponed.' },
    deadlines: { title: 'Milestone deadlines of the current action plan', description: 'The end date of every milestone of the current action plan, with where it stands.' },
    consultations: { title: 'Public consultations', description: 'The period for input of every consultation open now or still to open: from its first day to its last.' },
  },
  /** A commitment's own file. */
  commitmentName: (code: string) => `${code} deadlines`,
  commitmentDescription: (code: string, title: string) => `Milestone deadlines of ${code}: ${title}`,
  /** The sentences of events. */
  events: {
    online: 'Online',
    alsoOnline: ' (also online)',
    district: (name: string) => `${name} District`,
    summaryPrefix: { scheduled: '', held: '', cancelled: 'Cancelled: ', postponed: 'Postponed: ' },
    status: { scheduled: '', held: '', cancelled: 'This meeting is cancelled.', postponed: 'This meeting is postponed: a new date will be announced on the site.' },
    meetingOf: (kind: string) => `${kind} of the Open Government Coordination Mechanism.`,
    startsAt: (time: string) => `Starts at ${time}, Belize time.`,
    agenda: (items: string[]) => `Agenda: ${items.map((item, i) => `${i + 1}. ${item}`).join(' ')}`,
    deadline: (code: string, title: string) => `Deadline ${code}: ${title}`,
    milestoneOf: (number: number, code: string, title: string) => `Milestone ${number} of ${code}: ${title}.`,
    ledBy: (name: string) => `Led by ${name}.`,
    standing: (state: string, completed: string | undefined, level: string) => `Where it stands: ${state}${completed ? `, completed ${completed}` : ''}. The commitment: ${level}.`,
    rescheduled: (original: string) => `Rescheduled: first due ${original}.`,
    consultation: (title: string) => `Consultation open for input: ${title}`,
    consultationOf: (kind: string, period: string) => `${kind}: anyone may give input, ${period}.`,
  },
  /** The calendar page. */
  page: {
    title: 'Calendar',
    description: 'Follow the Coordination Mechanism\'s meetings and the action plan\'s milestone deadlines in your own calendar: Google Calendar, Outlook, Apple Calendar or your phone.',
    lede: 'Follow the Coordination Mechanism\'s meetings and the deadlines of the action plan in your own calendar app. Subscribe once: your calendar then checks this site for changes by itself, so new meetings, cancellations and new dates reach you.',
    calendars: 'The calendars',
    address: 'Address to subscribe:',
    download: (title: string) => `Download ${title.toLowerCase()} (.ics)`,
    howTo: 'How to subscribe',
    copy: 'Copy the address of a calendar above, then:',
    /** Each app's steps, as HTML (the names of buttons in bold). */
    steps: [
      '<strong>Google Calendar</strong> (on a computer): beside "Other calendars", choose <strong>+</strong>, then <strong>From URL</strong>; paste the address and choose <strong>Add calendar</strong>. It then appears on your Android phone too.',
      '<strong>Outlook</strong>: <strong>Add calendar</strong>, then <strong>Subscribe from web</strong>; paste the address and choose <strong>Import</strong>.',
      '<strong>Apple Calendar</strong> on a Mac: <strong>File</strong>, <strong>New Calendar Subscription</strong>. On an iPhone: <strong>Settings</strong>, <strong>Calendar</strong>, <strong>Accounts</strong>, <strong>Add Account</strong>, <strong>Other</strong>, <strong>Add Subscribed Calendar</strong>.',
    ],
    refresh: 'Calendar apps check subscriptions every few hours to once a day. To add one meeting or one commitment\'s deadlines without subscribing, use "Add to calendar" on its page: the file opens in your calendar app. Times are Belize time (six hours behind UTC all year); your calendar shows them in your own time zone.',
    coming: 'Coming up',
    from: { before: 'From ', after: ', the day this site was built:' },
    nothing: 'Nothing is scheduled yet.',
  },
};
