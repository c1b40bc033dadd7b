/** The home page. */
export const home = {
  title: 'Open Government in Belize',
  lede: 'Government and civil society in Belize write a national action plan together, follow it in an open forum, and publish data anyone can reuse. This site publishes all of it: what was promised, what was done, what was decided, and the data behind it.',
  atAGlance: 'The action plan at a glance',
  openForInput: 'Open for your input',
  allConsultations: 'All consultations, and the answers to every input',
  latestMeetings: 'Latest meetings',
  allMeetings: 'All meetings and minutes',
  newestData: 'Newest open data',
  allDatasets: (datasets: string) => `All ${datasets}`,
  builtWithData: 'Built with open data',
  allReuses: (reuses: string) => `All ${reuses}: apps, websites, studies and more`,
  districts: 'The districts',
  districtsCaption: 'What touches each district',
};
