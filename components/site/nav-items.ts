import { paths } from '@/lib/routes'

/** Primary destinations, shared by the desktop and the mobile navigation so they never drift. */
export const PRIMARY_NAV = [
  { href: paths.treatments(), label: 'Treatments' },
  { href: paths.comparisons(), label: 'Compare' },
  { href: paths.blog(), label: 'Articles' },
] as const

export const CONSULTATION_LABEL = 'Free consultation'

/** The footer's "Explore" links after PRIMARY_NAV: practical pages a visitor looks for at the bottom. */
export const FOOTER_NAV = [
  { href: paths.locations(), label: 'Locations' },
  { href: paths.costs(), label: 'Costs and insurance' },
  { href: paths.team(), label: 'Our care team' },
] as const

/** The small print links every footer carries. */
export const FOOTER_LEGAL_NAV = [
  { href: paths.privacy(), label: 'Privacy' },
  { href: paths.accessibility(), label: 'Accessibility' },
] as const
