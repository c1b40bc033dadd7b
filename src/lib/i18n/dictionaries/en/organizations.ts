/** The organizations: their list by sector, an organization's page, and the whole of its long lists. */
import type { Noun } from './common.ts';

export const organizations = {
  /** The list. */
  list: {
    title: 'Organizations',
    description: 'The government bodies, civil-society groups and partners that lead, support and follow Belize\'s Open Government commitments.',
    lede: 'Who leads the commitments, who supports them and who sits at the table, by sector.',
    /** After an organization's kind. */
    pointOfContact: ' · OGP point of contact',
  },
  /** An organization's page. */
  page: {
    /** The page's description when the organization has none: `Ministry of Health: ministry (government). Its …`. */
    description: (name: string, kind: string, sector: string) => `${name}: ${kind} (${sector}). Its Open Government commitments, meetings and data.`,
    role: 'Role',
    pointOfContact: 'Belize\'s OGP point of contact',
    partOf: 'Part of',
    basedIn: 'Based in',
    district: (name: string) => `${name} District`,
    website: 'Website',
    email: 'Email',
    telephone: 'Telephone',
    address: 'Address',
    involvement: 'Involvement',
    /** `Leads 2, supports 3 commitments; took part in 4 meetings; publishes 1 dataset` (`leads`: the bare number). */
    involved: (leads: string, supports: string, meetings: string, datasets: string) => `Leads ${leads}, supports ${supports}; took part in ${meetings}; publishes ${datasets}`,
    members: 'Members',
    seat: 'Seat',
    onBehalfOf: 'On behalf of',
    person: 'Person',
    term: 'Term',
    notNamed: 'Not named',
    termFrom: (from: string) => `From ${from}`,
    termTo: (to: string) => ` to ${to}`,
    serving: ' (serving)',
    rules: 'Rules on participation',
    seats: 'Seats',
    /** "Chair on the [Open Government Coordination Mechanism], until 31 December 2027". */
    seatOn: (seat: string) => `${seat} on the `,
    until: (date: string) => `, until ${date}`,
    children: 'Departments and units',
    child: { one: 'department or unit', other: 'departments and units' } as Noun,
    allChildren: (children: string) => `All ${children}`,
    progress: 'Progress of the commitments it leads',
    dashboard: 'The plan\'s dashboard',
    overdue: (n: string) => `Overdue (${n})`,
    noneOverdue: 'No milestone is overdue.',
    leads: 'Commitments it leads',
    none: 'None.',
    supports: 'Commitments it supports',
    allCommitments: (commitments: string) => `All ${commitments} it leads or supports`,
    meetings: 'Meetings it took part in',
    noneRecorded: 'None recorded.',
    allMeetings: (meetings: string) => `All ${meetings} it took part in`,
    datasets: 'Datasets it publishes',
    allDatasets: (datasets: string) => `All ${datasets} it publishes`,
    requests: 'Data requests it answers',
    allRequests: (requests: string) => `All ${requests} it answers`,
    reuses: 'What it built with open data',
    allReuses: (reuses: string) => `All ${reuses} it built`,
    challenges: 'Challenges it runs',
    allChallenges: (challenges: string) => `All ${challenges} it runs`,
  },
  /** The whole of an organization's long lists: their titles, and the groups of its commitments. */
  related: {
    commitments: (name: string) => `Commitments ${name} leads or supports`,
    meetings: (name: string) => `Meetings ${name} took part in`,
    organizations: (name: string) => `Departments and units of ${name}`,
    reuses: (name: string) => `What ${name} built with open data`,
    'data-requests': (name: string) => `Data requests ${name} answers`,
    challenges: (name: string) => `Challenges ${name} runs`,
    leads: 'It leads',
    supports: 'It supports',
  },
};
