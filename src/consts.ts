/** The main navigation: the sections every page links to. */
export const mainNav = [
  { href: '/action-plans/', label: 'Action plan' },
  { href: '/meetings/', label: 'Meetings' },
  { href: '/consultations/', label: 'Take part' },
  { href: '/datasets/', label: 'Open data' },
  { href: '/districts/', label: 'Districts' },
  { href: '/map/', label: 'Map' },
  { href: '/organizations/', label: 'Organizations' },
] as const;
