/** How far along a plan is: progress figures, milestones' tags, the dashboard, its charts and tables. */
import type { Noun } from './common.ts';

const noun = (one: string, other: string): Noun => ({ one, other });
/** A word that a number precedes and that does not change with it: `3 limited`. */
const same = (word: string): Noun => noun(word, word);

export const progress = {
  /** `5 of 14 milestones complete` (`total` for languages whose words agree with it). */
  complete: (done: string, milestones: string, _total: number) => `${done} of ${milestones} complete`,
  /** `5 of 14`, in a column that says what it counts. */
  ofTotal: (done: string, total: string) => `${done} of ${total}`,
  /** `5 of 14 complete`, on a chart's bar. */
  ofTotalComplete: (done: string, total: string) => `${done} of ${total} complete`,
  overdue: (n: string) => `${n} overdue`,
  unfinished: (n: string) => `${n} not finished`,
  /** A milestone's tag after its OGP level. */
  state: {
    unfinished: (level: string) => `${level}, not finished when the plan ended`,
    overdue: (level: string, by: string) => `${level}, overdue by ${by}`,
    startsLater: (level: string) => `${level}, starts later`,
  },
  /** Commitments counted by completion level: `3 limited`. */
  levelsCounted: { 'not-started': same('not started'), limited: same('limited'), substantial: same('substantial'), complete: same('complete') },
  /** Milestones counted by stage: `6 on time`. */
  stagesCounted: { complete: same('complete'), 'on-time': same('on time'), overdue: same('overdue'), 'not-started': same('not started'), unfinished: same('not finished') },
  /** A level inside a sentence: `went back to limited`. */
  levelInSentence: { 'not-started': 'not started', limited: 'limited', substantial: 'substantial', complete: 'complete' },
  /** Short month names for the charts' axes. */
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** `March 2026 to June 2026`. */
  months: (first: string, last: string) => `${first} to ${last}`,
  /** A chart in a box that scrolls: its box's name. */
  chart: (title: string) => `Chart: ${title}`,
  /** The ways a plan is broken down, as headings (the open data's headings too). */
  breakdowns: { theme: 'Theme', value: 'OGP value', lead: 'Lead organization', district: 'District' },
  /** The same inside a sentence: "by OGP value". */
  breakdownsInSentence: { theme: 'theme', value: 'OGP value', lead: 'lead organization', district: 'district' },
  /** End dates that moved. */
  rescheduled: {
    tag: 'Rescheduled',
    firstDue: 'First due',
    firstDueAfterTag: 'first due',
    /** Between the first date and the current one. */
    now: ', now',
    moved: 'moved',
    change: 'the change',
    lastChange: 'the last change',
    notSaved: 'the last change is not saved yet',
    commitmentEnd: 'The commitment\'s end date',
    /** On a commitment's page, after the tag: `first to end on 30 June 2027`. */
    firstEnd: 'first to end on',
  },
  /** Completions undone. */
  reopened: {
    heading: 'Reopened',
    tag: 'Reopened',
    lede: 'Marked complete, then no longer: a commitment or milestone reopened.',
    backTo: (level: string) => `Back to ${level}`,
    /** `ACC-01, milestone 2 (back to limited)`, in the table of months. */
    item: (code: string, milestone: number | undefined, level: string) => `${code}${milestone ? `, milestone ${milestone}` : ''} (back to ${level})`,
    /** Before a date: ` on 3 March 2026`. */
    on: ' on ',
  },
  /** A list of milestones. */
  items: { completed: 'Completed', due: 'Due' },
  /** The charts' key. */
  legend: { commitment: 'Commitment', milestone: (stage: string) => `Milestone: ${stage}`, completed: 'Date completed', today: 'Today' },
  /** A breakdown's table. */
  table: { byLevel: 'Commitments, by completion level', milestones: 'Milestones', all: 'All', wholePlan: 'Whole plan' },
  /** Progress month by month. */
  overTime: {
    noHistory: 'This copy of the site was built without its Git history, so only the present month is shown.',
    firstSaved: { before: 'The records of this plan were first saved on ', after: (months: string) => `: the history says nothing of the months before (${months}).` },
    nothingSaved: 'The history holds none of this plan\'s records for the months of the plan.',
    chartLabel: 'milestones complete and overdue at the end of each month',
    chartTitle: 'Milestones complete and overdue at the end of each month (the table below gives the figures)',
    table: 'Milestones at the end of each month',
    columns: { month: 'Month', milestones: 'Milestones', complete: 'Complete', overdue: 'Overdue', commitmentsComplete: 'Commitments complete', reopened: 'Reopened' },
    upTo: { before: ' (to ', after: ')' },
    none: 'None',
  },
  /** A plan's dashboard. */
  dashboard: {
    title: (plan: string) => `Dashboard: ${plan}`,
    description: (plan: string, milestones: string) => `How far along the ${plan} is: ${milestones}. By theme, OGP value, lead organization and district, with what is overdue, due soon and rescheduled.`,
    caption: 'Dashboard',
    lede: { before: 'Figures as of ', after: ', the day this site was built. Completion levels are self-reported by the lead agencies; independent assessments are shown beside them.' },
    timeline: 'Timeline of the plan',
    print: 'Printable plan',
    json: 'These figures as JSON',
    csv: 'as CSV',
    onThisPage: 'On this page',
    overall: 'Overall',
    notFinished: 'Not finished',
    overdueAndDueSoon: 'Overdue and due soon',
    rescheduled: 'Rescheduled',
    assessments: 'Independent assessments',
    overTime: 'Over time',
    wholeChart: (milestones: string) => `All milestones of the plan: ${milestones}`,
    byHeading: { theme: 'By theme', value: 'By OGP value', lead: 'By lead organization', district: 'By district' },
    notes: {
      value: 'A commitment counts under each value it names, so the rows add up to more than the plan.',
      district: 'A commitment counts in each district it names; nationwide commitments count once, as Nationwide.',
    },
    chartTitle: (by: string) => `Milestones by ${by} (the table below gives the figures)`,
    tableCaption: (by: string) => `Commitments and milestones by ${by}`,
    tableCsv: 'This table as CSV',
    unfinishedHeading: 'Not finished when the plan ended',
    noneUnfinished: 'Every milestone was complete when the plan ended.',
    overdueHeading: (n: string) => `Overdue (${n})`,
    noneOverdue: 'No milestone is overdue.',
    dueSoonHeading: (days: number, n: string) => `Due in the next ${days} days (${n})`,
    noneDueSoon: (days: number) => `No milestone is due in the next ${days} days.`,
    completedHeading: (days: number, n: string) => `Completed in the last ${days} days (${n})`,
    noneCompleted: (days: number) => `No milestone was completed in the last ${days} days.`,
    rescheduledHeading: (n: string) => `Rescheduled (${n})`,
    rescheduledLede: 'End dates that moved since they were first published, read from the history of changes.',
    noneRescheduled: 'No end date has moved.',
    noHistory: 'Not known: this copy of the site was built without its Git history.',
    assessmentsHeading: 'Self-reported and independent assessments',
    irm: 'The IRM (Independent Reporting Mechanism)',
    civilSociety: 'Civil society',
    /** `The IRM assessed 5 commitments, and found a different completion level from the self-reported one for 2.` */
    assessed: (who: string, commitments: string, differ?: number) => `${who} assessed ${commitments}${differ === undefined ? '' : `, and found a different completion level from the self-reported one for ${differ}`}.`,
    differ: 'Where the assessments differ',
    columns: { commitment: 'Commitment', selfReported: 'Self-reported', irm: 'IRM', civilSociety: 'Civil society' },
    notAssessed: 'Not assessed',
    progressOverTime: 'Progress over time',
  },
};
