/** The page of OGP's co-creation standards: what the site shows for each requirement. */

export const ogpStandards = {
  title: 'OGP co-creation standards: the evidence',
  description: 'OGP\'s Participation and Co-Creation Standards, requirement by requirement: whether each is met, worked out from this site\'s records and its Git history, with the evidence linked.',
  lede: {
    intro: 'The Open Government Partnership asks every member to co-create its action plan with civil society and to show it. Independent reviewers (OGP\'s IRM) start from this website. This page works out, from the site\'s own records and the history of its repository, which requirements are met for the ',
    after: '.',
  },
  /** Around the build date. */
  workedOut: { before: 'Worked out on ', after: ', when the site was last built.' },
  caption: 'Requirements at a glance',
  columns: { requirement: 'Requirement', state: 'State' },
  /** `34 days, from 2 March 2026 to 5 April 2026`. */
  gap: (duration: string, from: string, to: string) => `${duration}, from ${from} to ${to}`,
  moreThanSixMonths: ', more than six months',
  /** Each requirement's findings, in sentences. */
  forumMeets: {
    held: (n: number, start: string) => `${n} ordinary or extraordinary ${n === 1 ? 'meeting' : 'meetings'} of the forum held since the plan began on ${start}.`,
    longest: 'The longest time without one:',
  },
  forumRules: {
    /** After the forum's name. */
    members: (n: number, rules: boolean) => ` lists ${n} current ${n === 1 ? 'member' : 'members'} ${rules ? 'and its rules on participation.' : 'but not its rules on participation.'}`,
    none: 'No forum is listed among the organizations.',
  },
  repository: {
    unavailable: 'This copy of the site was built without its Git history, so it cannot show when the content changed.',
    startsAfter: (date: string) => `The history of this repository starts on ${date}, after the plan began: the site counts from then. `,
    changedOn: (date: string) => `The content changed on ${date}.`,
    changedBetween: (n: number, start: string, end: string) => `The content changed on ${n} ${n === 1 ? 'day' : 'days'} between ${start} and ${end}.`,
    longest: 'The longest time without a change:',
    notYetDue: ' That is less than six months of history so far.',
    changes: 'Every change to the site, newest first',
    history: 'The repository\'s history',
  },
  announced: {
    /** After the consultation's title. */
    line: (announced: string, days: number, opens: string, ok: boolean) => `: announced ${announced}, ${days} days before it opened on ${opens}${ok ? '' : ', less than two weeks'}.`,
    none: 'No co-creation consultation of the current plan has been announced yet.',
  },
  inputOpen: {
    /** After the consultation's title. */
    line: (openToAll: boolean, online: string, offline: string) => `: ${openToAll ? 'open to everyone' : 'by invitation only'}. Online: ${online}. Offline: ${offline}.`,
    noChannel: 'none',
    none: 'No co-creation consultation of the current plan has opened yet.',
  },
  response: {
    /** After the consultation's title. */
    published: (date: string) => ` response published ${date}`,
    notPublished: ' no response published yet',
    open: (unanswered: number, awaiting: number) => ` ${unanswered} published ${unanswered === 1 ? 'input' : 'inputs'} without an answer, ${awaiting} awaiting moderation.`,
    allAnswered: ' every published input answered, none awaiting moderation.',
    none: 'No consultation of the current plan has closed yet.',
  },
  implementation: {
    held: (n: number, start: string, needed: number) => `${n} ${n === 1 ? 'meeting' : 'meetings'} of the forum with civil society present since the plan began on ${start}; ${needed} are needed before it ends.`,
  },
};
