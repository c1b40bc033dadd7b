/** The frame of every page: header, navigation, banner, footer, breadcrumbs, languages. */
export const site = {
  skipLink: 'Skip to main content',
  searchLabel: 'Search the site',
  searchButton: 'Search',
  mainNav: 'Main',
  nav: {
    plans: 'Action plan',
    meetings: 'Meetings',
    takePart: 'Take part',
    data: 'Open data',
    districts: 'Districts',
    map: 'Map',
    organizations: 'Organizations',
  },
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  illustrative: {
    title: 'Illustrative content.',
    text: 'The commitments, meetings, people and data on this site are samples that show how the site works. They are not official records.',
  },
  footer: {
    about: 'About this site',
    allCommitments: 'All commitments',
    calendar: 'Calendar',
    search: 'Search',
    developers: 'Open data for developers',
    editors: "Editors' sign-in",
    contact: 'Contact the OGP point of contact:',
    maps: 'Maps:',
    translations: 'Not yet translated',
  },
  feeds: {
    site: (site: string) => `Changes to ${site}`,
    record: (thisRecord: string) => `Changes to ${thisRecord}`,
  },
  /** The language switch: the other language's name, in that language, is its link. */
  languages: 'Languages',
  readIn: 'Read this page in',
  /** Shown where a record's text is not in the page's language yet. */
  fallback: {
    notice: 'This text has not been translated yet; it is shown in English.',
    outdated: 'The translation of this text may be out of date: the English text changed after it was translated.',
    ask: 'Ask for a translation',
  },
};

/** The page Netlify serves for a missing address. */
export const notFound = {
  title: 'Page not found',
  description: 'The page you asked for is not on this site. Here is where to find the action plan, meetings, open data and districts.',
  lede: 'If you typed the address, check it is correct. If you followed a link, the page may have moved: records keep their address, but a record that was removed is no longer published.',
  goTo: 'You can search the site with the box at the top, or go to:',
  home: 'The home page',
};
