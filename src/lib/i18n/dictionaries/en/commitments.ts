/** The commitments: their table, a commitment's page (OGP's commitment template), its milestones and assessments. */
export const commitments = {
  /** The table of every commitment. */
  list: {
    title: 'All commitments',
    description: 'Every commitment of Belize\'s Open Government action plans in one table: status, lead agency and milestones complete.',
    lede: 'Every commitment of every action plan, with its completion level and milestones.',
    of: (plan: string) => `Commitments of ${plan}`,
    columns: { commitment: 'Commitment', status: 'Status', lead: 'Lead', milestones: 'Milestones complete' },
  },
  /** A commitment in a list. */
  ledBy: (name: string) => `Led by ${name}`,
  /** A commitment's page. */
  page: {
    caption: (code: string, theme: string) => `Commitment ${code} \u00b7 ${theme}`,
    completion: (level: string) => `Completion: ${level}`,
    leadAgency: 'Lead agency',
    where: 'Where',
    when: 'When',
    calendar: 'Add its milestone deadlines to your calendar',
    /** `Milestone "Publish the register"` or `The commitment`, then what happened to it. */
    reopenedMilestone: (title: string) => `Milestone "${title}"`,
    reopenedCommitment: 'The commitment',
    reopened: (what: string, level: string) => `${what} was marked complete, then went back to ${level}`,
    resultsSoFar: 'Results so far',
    whoIsInvolved: 'Who is involved',
    /** A supporting institution's sector, in brackets after its name. */
    sectors: { government: 'government', 'civil-society': 'civil society', private: 'private', academia: 'academia', international: 'international', 'multi-stakeholder': 'multi stakeholder' },
    values: 'OGP values',
    cameFrom: 'Came from public input',
    design: 'IRM assessment of its design',
    meetings: 'Meetings that discussed it',
    datasets: 'Related open data',
  },
  /** OGP's commitment template: its questions and fields. */
  template: {
    problem: 'What is the public problem?',
    commitment: 'What is the commitment?',
    contribution: 'How will it help solve the problem?',
    problemInFull: 'What is the public problem that the commitment will address?',
    contributionInFull: 'How will the commitment contribute to solve the public problem?',
    relevance: 'Why is this commitment relevant to OGP values?',
    milestones: 'Milestones',
    additional: 'Additional information',
    actionPlan: 'Action plan',
    lead: 'Lead implementing agency',
    contact: 'Point of contact',
    supporters: 'Supporting institutions',
    sdgs: 'Sustainable Development Goals',
    sdg: (n: number) => `SDG ${n}`,
    budget: 'Budget',
    sites: 'Sites',
    where: 'Where',
  },
  /** The IRM's assessment of a commitment's design. */
  design: {
    verifiable: 'Verifiable',
    notVerifiable: 'Not verifiable',
    potential: (level: string) => `potential for results: ${level}`,
    openedGovernment: (level: string) => `did it open government? ${level}`,
  },
  /** A commitment's milestones. */
  milestones: {
    /** Around a milestone's dates: `1 March 2026 to 30 June 2026`. */
    from: '',
    to: ' to ',
    completed: 'completed',
    expectedOutput: 'Expected output:',
    evidence: 'Evidence',
    evidenceOf: (kind: string) => `Evidence (${kind}):`,
    progress: 'Progress,',
  },
  /** Self-reported completion beside the independent assessments. */
  assessments: {
    selfReported: 'Self-reported',
    byLead: (level: string) => `${level}, by the lead agency`,
    irm: 'IRM (independent)',
    civilSociety: 'Civil society',
    agrees: ', which agrees with the self-reported level',
    differs: ', which differs from the self-reported level',
    openedGovernment: (level: string) => `; did it open government? ${level}`,
    irmReport: 'IRM report',
  },
};
