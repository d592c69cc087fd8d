import { paths } from '@/lib/routes'

/** Primary destinations, shared by the desktop and the mobile navigation so they never drift. */
export const PRIMARY_NAV = [
  { href: paths.treatments(), label: 'Treatments' },
  { href: paths.comparisons(), label: 'Compare' },
  { href: paths.blog(), label: 'Articles' },
] as const

export const CONSULTATION_LABEL = 'Free consultation'
