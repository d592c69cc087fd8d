import { messages } from '@/lib/i18n'
import { paths, type Locale } from '@/lib/routes'

/** Primary destinations, shared by the desktop and the mobile navigation so they never drift. */
export function primaryNav(locale: Locale) {
  const { nav } = messages(locale).chrome
  return [
    { href: paths.treatments(locale), label: nav.treatments },
    { href: paths.comparisons(locale), label: nav.compare },
    { href: paths.blog(locale), label: nav.articles },
  ]
}

/**
 * The footer's "Explore" links after the primary ones: practical pages a visitor looks for at the
 * bottom. Locations, costs and the team directory are in English only for now: the Spanish
 * footer says so in the link.
 */
export function footerNav(locale: Locale) {
  const { footer } = messages(locale).chrome
  return [
    { href: paths.locations(), label: footer.locations },
    { href: paths.costs(), label: footer.costs },
    { href: paths.team(), label: footer.team },
  ]
}

/** The small print links every footer carries. */
export function footerLegalNav(locale: Locale) {
  const { footer } = messages(locale).chrome
  return [
    { href: paths.privacy(locale), label: footer.privacy },
    { href: paths.accessibility(), label: footer.accessibility },
    { href: paths.languageAssistance(locale), label: footer.languageAssistance },
  ]
}
