/** The meetings of the forum: the list, a meeting's page, and the places meetings are held in. */
import type { Noun } from './common.ts';

export const meetings = {
  index: {
    title: 'Meetings and minutes',
    description: 'Meetings of Belize\'s Open Government Coordination Mechanism: agendas, attendance by sector, decisions, action items and minutes.',
    lede: 'The Open Government Coordination Mechanism brings government and civil society together to co-create and follow the action plan. Its meetings move around the districts and are open to the public.',
    follow: 'Follow the meetings in your calendar',
    comingUp: 'Coming up',
  },
  /** `Corozal District`: a district named as the place of a meeting or an input. */
  district: (name: string) => `${name} District`,
  /** In a list of places: `Corozal District and online`. */
  online: 'online',
  /** The page's description: `Ordinary session on 21 January 2027. …`. */
  description: (kind: string, date: string, summary: string) => `${kind} on ${date}. ${summary}`,
  date: 'Date',
  addToCalendar: 'Add to calendar',
  where: 'Where',
  /** After the district, when the meeting is also online. */
  andOnline: ' and online',
  onlineOnly: 'Online',
  attendance: 'Attendance',
  person: { one: 'person', other: 'people' } as Noun,
  /** One sector's share of the attendance: `5 government`. */
  bySector: (n: string, sector: string) => `${n} ${sector.toLowerCase()}`,
  quorumReached: '; quorum reached',
  noQuorum: '; no quorum',
  noticePublished: 'Notice published',
  minutes: 'Minutes',
  /** Before the date the minutes were approved: `Approved 3 February 2027`. */
  approved: 'Approved',
  notYetApproved: 'Not yet approved',
  notHeld: 'None: the meeting has not been held',
  poster: 'A poster of this meeting to print and put up (A4 or Letter, with a QR code to this page)',
  agenda: 'Agenda',
  documents: 'Documents',
  decisions: 'Decisions',
  /** Before the commitments a decision concerns. */
  concerns: 'Concerns',
  actionItems: 'Action items',
  actionColumns: { action: 'Action', owner: 'Owner', due: 'Due', done: 'Done' },
  noDate: 'No date',
  done: 'Done',
  open: 'Open',
  publicInput: 'Public input and our response',
  from: (who: string) => `From ${who}`,
  input: 'Input:',
  response: 'Response:',
  recording: 'Recording of the meeting',
  attendees: 'Attendees',
  attendeeColumns: { name: 'Name', representing: 'Representing', sector: 'Sector' },
  themselves: 'Themselves',
};
