/** Belize's districts: their list, a district's page, and the whole of its long lists. */
export const districts = {
  /** A district's name as titles and links say it: `Cayo District`. */
  name: (name: string) => `${name} District`,
  /** The list. */
  list: {
    title: 'Districts',
    description: 'What the Open Government action plan, the Coordination Mechanism and open data do in each of Belize\'s six districts.',
    lede: 'Belize\'s six districts, north to south, with what touches each of them. Nationwide commitments and datasets count for every district and are listed on each district\'s page.',
    caption: 'Commitments, meetings and datasets by district',
  },
  /** A district's page. */
  page: {
    description: (summary: string, name: string) => `${summary} Commitments, meetings and open data for ${name}.`,
    /** Above its name: `District · BZ-CY`. */
    caption: (code: string) => `District · ${code}`,
    capital: 'Capital',
    inThisDistrict: 'In this district',
    /** `3 commitments of its own and 5 nationwide; 2 meetings; 6 datasets` (`nationwide`: the bare number). */
    inIt: (own: string, nationwide: string, meetings: string, datasets: string) => `${own} of its own and ${nationwide} nationwide; ${meetings}; ${datasets}`,
    commitments: (name: string) => `Commitments in ${name}`,
    noCommitments: 'No commitment of the current action plan names this district alone; see the nationwide ones below.',
    nationwideCommitments: 'Nationwide commitments',
    allCommitments: (commitments: string, name: string) => `All ${commitments} for ${name}`,
    meetings: 'Meetings held here',
    noMeetings: (name: string) => `No meeting of the Coordination Mechanism has been held in ${name} yet.`,
    allMeetings: (meetings: string, name: string) => `All ${meetings} held in ${name}`,
    data: (name: string) => `Open data about ${name}`,
    noData: 'No dataset covers this district alone.',
    nationwideData: 'Nationwide datasets that include it',
    allData: (datasets: string, name: string) => `All ${datasets} for ${name}`,
    reuses: (name: string) => `Built with open data for ${name}`,
    noReuses: 'No app, website or study serves this district alone yet.',
    allReuses: (reuses: string, name: string, _n: number) => `${reuses} that serve ${name}, those for the whole country included`,
    organizations: 'Organizations based here',
    allOrganizations: (organizations: string, name: string) => `All ${organizations} based in ${name}`,
  },
  /** The whole of a district's long lists: their titles, and the groups of its commitments. */
  related: {
    commitments: (name: string) => `Commitments for ${name}`,
    meetings: (name: string) => `Meetings held in ${name}`,
    organizations: (name: string) => `Organizations based in ${name}`,
    own: 'Of its own',
    nationwide: 'Nationwide',
  },
};
