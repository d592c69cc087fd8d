/** Primary destinations, shared by the desktop and the mobile navigation so they never drift. */
export const PRIMARY_NAV = [
  { href: '/treatments', label: 'Treatments' },
  { href: '/compare', label: 'Compare' },
  { href: '/blog', label: 'Articles' },
] as const

export const CONSULTATION_HREF = '/consultation'
export const CONSULTATION_LABEL = 'Free consultation'
