/** Data requests: their list, a request's page, and how long each has waited. */
import type { Noun } from './common.ts';
import { dataRequestStatuses } from '../../../../schemas/vocabularies.ts';

type Status = keyof typeof dataRequestStatuses;

export const dataRequests = {
  request: { one: 'request', other: 'requests' } as Noun,
  /** The list. */
  description: 'Datasets people in Belize asked for, and what the responsible organizations answered: open requests first, with how long each has waited.',
  lede: 'Datasets people asked for, and what the organizations that hold the data answered. Open requests come first, the one waiting longest at the top.',
  /** "Is a dataset missing? [Ask for it]: say what …" */
  missing: 'Is a dataset missing?',
  askForIt: 'Ask for it',
  askHow: ': say what data you need, why, and for which districts. Your name is published only if you agree; your email address or telephone number never is.',
  /** `5 requests: 1 received, 2 published.` */
  figures: (requests: string, byStatus: string) => `${requests}: ${byStatus}.`,
  /** A status counted (`2 published`): each status's words after a number. */
  counted: Object.fromEntries(Object.entries(dataRequestStatuses).map(([status, { label }]) => [status, { one: label.toLowerCase(), other: label.toLowerCase() }])) as Record<Status, Noun>,
  pending: (requests: string) => `${requests} awaiting moderation`,
  withheld: (requests: string, _n: number) => `${requests} withheld (for example because it asked for personal data)`,
  notShown: (parts: string[]) => `Not shown: ${parts.join(', and ')}.`,
  openHeading: (n: string) => `Open (${n})`,
  noneOpen: 'No request is waiting for an answer.',
  answeredHeading: (n: string) => `Answered (${n})`,
  noneAnswered: 'No request has been answered yet.',

  /** In a list: `Asked on 3 May 2026, waiting for 2 months`. */
  askedOn: 'Asked on',
  expectedBy: 'Expected by',
  publishedAs: 'Published as',
  answeredBy: (organization: string) => `Answered by ${organization}`,
  notAssigned: 'Not yet assigned',

  /** How long a request has waited, or waited for its answer. */
  wait: {
    today: 'received today',
    waiting: (duration: string) => `waiting for ${duration}`,
    sameDay: 'answered the day it was received',
    answered: (duration: string) => `answered after ${duration}`,
  },

  /** A request's page. */
  pageDescription: (title: string, state: string, organization?: string) => `A request for data: ${title}. ${state}${organization ? ` by ${organization}` : ''}.`,
  state: 'State',
  since: 'since',
  whyDeclined: 'Why it was declined',
  answerer: 'Answered by',
  notAssignedToOrganization: 'Not yet assigned to an organization',
  received: 'Received',
  requestedBy: 'Requested by',
  anonymous: 'Someone who asked not to be named',
  notRecorded: 'Not recorded',
  allOfBelize: 'All of Belize',
  asked: 'What is asked for',
  why: 'Why it is needed',
  themes: (themes: string) => `Themes: ${themes}.`,
  answer: 'The answer',
  receivedStep: 'Request received.',
  /** The timeline's second step: `Planned by Ministry of Health, for 30 June 2027.` */
  stateStep: (state: string, organization?: string, plannedFor?: string) => `${state}${organization ? ` by ${organization}` : ''}${plannedFor ? `, for ${plannedFor}` : ''}.`,
  noAnswer: (organization: string) => `${organization} has not written an answer yet.`,
  notTakenUp: 'No organization has taken up this request yet.',
  all: 'All data requests',
};
