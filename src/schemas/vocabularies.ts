/**
 * Every controlled vocabulary of the content model, defined once: value → label shown to readers.
 * Schemas build their enums from these, pages show the labels, and the CMS offers the same options.
 */

/** OGP's "Completion Level", used for commitments and milestones. */
export const completionLevels = {
  'not-started': 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
} as const;

/**
 * The IRM's completion scale (OGP's Independent Reporting Mechanism): the completion levels, plus
 * "no evidence" when nothing could be verified. Also used for civil society's own assessments.
 */
export const irmCompletionLevels = {
  'no-evidence': 'No evidence available',
  'not-started': 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
} as const;

/** The IRM's "Did it open government?" scale. */
export const openedGovernmentLevels = {
  worsened: 'Worsened',
  'did-not-change': 'Did not change',
  marginal: 'Marginal',
  major: 'Major',
  outstanding: 'Outstanding',
} as const;

/** The IRM's "Potential for results" scale. */
export const potentialLevels = {
  unclear: 'Unclear',
  modest: 'Modest',
  substantial: 'Substantial',
} as const;

/**
 * Where a milestone stands on a dashboard (derived, never entered): complete, in progress and not
 * yet due, overdue, not started and not yet due, or not finished when its plan ended.
 */
export const milestoneStages = {
  complete: 'Complete',
  'on-time': 'On time',
  overdue: 'Overdue',
  'not-started': 'Not started',
  unfinished: 'Not finished',
} as const;

/** Why a commitment is relevant to OGP values (OGP template; the last two only in addition). */
export const ogpValues = {
  'access-to-information': 'Access to information',
  'civic-participation': 'Civic participation',
  'public-accountability': 'Public accountability',
  'technology-and-innovation': 'Technology and innovation',
  inclusion: 'Inclusion',
} as const;

/** Policy areas that group the action plan's commitments and the catalogue's datasets. */
export const themes = {
  'open-data': 'Open data',
  'access-to-information': 'Access to information',
  'fiscal-openness': 'Fiscal openness and procurement',
  'public-services': 'Public service delivery',
  health: 'Health',
  education: 'Education',
  environment: 'Environment and climate',
  justice: 'Justice',
  'civic-space': 'Civic space and participation',
  'anti-corruption': 'Anti-corruption and integrity',
  'local-government': 'Local government',
} as const;

/** Life cycle of an action plan. */
export const planStatuses = {
  'co-creation': 'In co-creation',
  implementation: 'In implementation',
  completed: 'Completed',
} as const;

/** Sector of an organization. */
export const organizationSectors = {
  government: 'Government',
  'civil-society': 'Civil society',
  private: 'Private sector',
  academia: 'Academia',
  international: 'International',
  'multi-stakeholder': 'Multi-stakeholder (government and civil society)',
} as const;

/** Kind of organization. */
export const organizationKinds = {
  ministry: 'Ministry',
  agency: 'Government agency',
  'local-government': 'Local government',
  cso: 'Civil-society organization',
  forum: 'Forum',
  business: 'Business or association',
  university: 'University',
  multilateral: 'Multilateral organization',
} as const;

/** The three sectors the Coordination Mechanism counts attendees by. */
export const attendeeSectors = {
  government: 'Government',
  'civil-society': 'Civil society',
  other: 'Other',
} as const;

/** Kind of meeting. */
export const meetingKinds = {
  ordinary: 'Ordinary meeting',
  extraordinary: 'Extraordinary meeting',
  'public-consultation': 'Public consultation',
  'working-group': 'Working group',
} as const;

/** Whether a meeting took place. */
export const meetingStatuses = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
} as const;

/** What the forum did with a proposal. */
export const decisionOutcomes = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  deferred: 'Deferred',
} as const;

/** Kind of evidence offered as a "means of verification" for a milestone. */
export const evidenceKinds = {
  document: 'Document',
  webpage: 'Web page',
  dataset: 'Dataset',
  media: 'Photo, audio or video',
  minutes: 'Meeting minutes',
} as const;

/** Licences a dataset may carry, with the URL harvesters expect. */
export const licences = {
  'cc-by-4.0': { label: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc0-1.0': { label: 'CC0 1.0 (public domain dedication)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'odc-by-1.0': { label: 'Open Data Commons Attribution 1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
  'odbl-1.0': { label: 'Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
} as const;

/** DCAT-US access levels. */
export const accessLevels = {
  public: 'Public',
  'restricted public': 'Restricted public',
  'non-public': 'Non-public',
} as const;

/** How often a dataset is updated, with its ISO 8601 duration for DCAT `accrualPeriodicity`. */
export const updateFrequencies = {
  irregular: { label: 'Irregularly', iso: 'irregular' },
  daily: { label: 'Daily', iso: 'R/P1D' },
  weekly: { label: 'Weekly', iso: 'R/P1W' },
  monthly: { label: 'Monthly', iso: 'R/P1M' },
  quarterly: { label: 'Quarterly', iso: 'R/P3M' },
  'semi-annual': { label: 'Twice a year', iso: 'R/P6M' },
  annual: { label: 'Every year', iso: 'R/P1Y' },
  never: { label: 'Not updated (one-off)', iso: 'irregular' },
} as const;

/** File formats of dataset resources, with their media types. */
export const resourceFormats = {
  CSV: { label: 'CSV', mediaType: 'text/csv' },
  GeoJSON: { label: 'GeoJSON', mediaType: 'application/geo+json' },
  JSON: { label: 'JSON', mediaType: 'application/json' },
  PDF: { label: 'PDF', mediaType: 'application/pdf' },
  XLSX: { label: 'Excel', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  API: { label: 'API', mediaType: 'application/json' },
} as const;

/** Labels of a vocabulary whose entries are either labels or `{ label }` objects. */
export function labelOf<V extends Record<string, string | { label: string }>>(vocabulary: V, value: keyof V): string {
  const entry = vocabulary[value];
  return typeof entry === 'string' ? entry : entry.label;
}

/** The layers of the map, in the order the list shows them. */
export const locationKinds = {
  venue: 'Meeting venues',
  site: 'Commitment sites',
  data: 'Points from open data',
} as const;

/** Which layer a place belongs to. */
export type LocationKind = keyof typeof locationKinds;

/**
 * Kinds of reuse: what someone built on the open data (udata's reuse types, in readers' words),
 * with the plural a list is titled by, the words of the link to it, and the schema.org type a
 * reuse is published as.
 */
export const reuseTypes = {
  app: { label: 'App', plural: 'Apps', action: 'Open the app', schemaType: 'SoftwareApplication' },
  website: { label: 'Website', plural: 'Websites', action: 'Visit the website', schemaType: 'WebSite' },
  visualisation: { label: 'Visualisation', plural: 'Visualisations', action: 'See the visualisation', schemaType: 'CreativeWork' },
  api: { label: 'API', plural: 'APIs', action: 'Read the API\'s documentation', schemaType: 'SoftwareApplication' },
  idea: { label: 'Idea', plural: 'Ideas', action: 'Read about the idea', schemaType: 'CreativeWork' },
  article: { label: 'Article', plural: 'Articles', action: 'Read the article', schemaType: 'Article' },
  study: { label: 'Study', plural: 'Studies', action: 'Read the study', schemaType: 'ScholarlyArticle' },
} as const;

/**
 * Where a data request stands, as the responsible organization answers it (after CKAN's
 * data-requests extension, whose "open/closed" is `open` here).
 */
export const dataRequestStatuses = {
  received: { label: 'Received', open: true },
  'under-review': { label: 'Under review', open: true },
  planned: { label: 'Planned', open: true },
  published: { label: 'Published', open: false },
  declined: { label: 'Declined', open: false },
} as const;

/** What a public consultation is for. */
export const consultationKinds = {
  'co-creation': 'Co-creation of an action plan',
  review: 'Review of an action plan',
  commitment: 'Consultation on a commitment',
  other: 'Other public consultation',
} as const;

/** Where a consultation stands on the build date, worked out from its dates (never typed in). */
export const consultationStates = {
  upcoming: 'Upcoming',
  open: 'Open for input',
  closed: 'Closed, response to come',
  'response-published': 'Response published',
} as const;

/** Ways the public can give input; `online` tells the OGP evidence page which reach people at a distance. */
export const inputChannels = {
  'web-form': { label: 'Web form', online: true },
  email: { label: 'Email', online: true },
  whatsapp: { label: 'WhatsApp', online: true },
  'in-person': { label: 'In person, at a session', online: false },
  telephone: { label: 'Telephone', online: false },
  letter: { label: 'Letter', online: false },
} as const;

/** Who gave the input, as they said it (optional). */
export const inputSectors = {
  individual: 'Individual',
  'civil-society': 'Civil society',
  private: 'Private sector',
  academia: 'Academia',
  government: 'Government',
  other: 'Other',
} as const;

/** Whether a piece of public input may be shown: nothing is published before a person has read it. */
export const moderationStates = {
  pending: 'Awaiting moderation',
  published: 'Published',
  withheld: 'Withheld',
} as const;

/** The reasoned response: what became of a piece of input. */
export const inputOutcomes = {
  adopted: 'Adopted',
  'partly-adopted': 'Partly adopted',
  merged: 'Merged with similar input',
  'not-adopted': 'Not adopted',
  'out-of-scope': 'Out of scope',
  pending: 'Awaiting a response',
} as const;

/** What the OGP evidence page says of each requirement. */
export const evidenceStates = {
  met: 'Met',
  'not-met': 'Not met',
  'not-yet-due': 'Not yet due',
  unavailable: 'Cannot be checked here',
} as const;

/**
 * The OGP Participation and Co-Creation requirements this site can evidence, in the order of the
 * evidence page: what each asks and under which part of the standards.
 */
export const ogpRequirements = {
  'forum-meets': { label: 'The forum meets at least every six months during the action plan', standard: 'Minimum requirement 1.1: space for dialogue' },
  'forum-rules': { label: 'The forum\'s membership and its rules on participation are public', standard: 'Minimum requirement 1.1: space for dialogue' },
  'repository-updated': { label: 'The OGP website and repository are updated at least twice a year', standard: 'Minimum requirement 2.2: document repository' },
  'consultation-announced': { label: 'Each co-creation consultation is announced at least two weeks before it opens', standard: 'Co-creation: timeline and ways to take part published in advance' },
  'input-open': { label: 'Anyone can give input to co-creation, online and offline', standard: 'Co-creation: an open, inclusive opportunity to give input' },
  'reasoned-response': { label: 'Every closed consultation has a reasoned response, with no input left unanswered', standard: 'Co-creation: reasoned response' },
  'implementation-meetings': { label: 'At least two forum meetings with civil society during implementation', standard: 'Implementation: dialogue on progress' },
} as const;

/** One of the requirements above. */
export type OgpRequirement = keyof typeof ogpRequirements;
