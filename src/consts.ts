/** The main navigation: the sections every page links to, each named in the dictionary (`site.nav`). */
export const mainNav = [
  { href: '/action-plans/', key: 'plans' },
  { href: '/meetings/', key: 'meetings' },
  { href: '/consultations/', key: 'takePart' },
  { href: '/datasets/', key: 'data' },
  { href: '/districts/', key: 'districts' },
  { href: '/map/', key: 'map' },
  { href: '/organizations/', key: 'organizations' },
] as const;
