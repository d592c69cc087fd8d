/**
 * The Presentation tool's two maps between documents and pages, built from lib/routes so the
 * Studio's preview follows the site's URLs: which pages show a document (its "locations"), and
 * which document a previewed URL is about (click-to-edit). Type imports only, so it runs in node.
 */
import type {
  DocumentLocation,
  DocumentLocationResolverObject,
  DocumentLocationsState,
  DocumentResolver,
} from 'sanity/presentation'
import {
  DEFAULT_LOCALE,
  documentPath,
  isLocale,
  LOCALES,
  LOCALIZED_PAGE_SLUGS,
  PAGE_SLUGS,
  paths,
  ROUTABLE_TYPES,
  segmentRoutePattern,
  type Locale,
  type RoutableType,
} from '@/lib/routes'
import { TRANSLATED_TYPES } from './languages'

const home: DocumentLocation = { title: 'Home', href: paths.home() }
const articles: DocumentLocation = { title: 'Articles', href: paths.blog() }
const allTreatments: DocumentLocation = { title: 'All treatments', href: paths.treatments() }
const allLocations: DocumentLocation = { title: 'All locations', href: paths.locations() }
const costs: DocumentLocation = { title: 'Costs and insurance', href: paths.costs() }
const careTeam: DocumentLocation = { title: 'Our care team', href: paths.team() }

/**
 * The document's own page (when it has a slug), in the document's language (no `language` is
 * English), followed by the listings that show it.
 */
function pagesFor(type: RoutableType, listings: DocumentLocation[]): DocumentLocationResolverObject {
  return {
    select: { title: 'title', name: 'name', slug: 'slug.current', language: 'language' },
    resolve: (doc) => {
      const title: unknown = doc?.title ?? doc?.name
      const slug: unknown = doc?.slug
      const language: unknown = doc?.language
      const locale = isLocale(language) ? language : DEFAULT_LOCALE
      const own: DocumentLocation[] =
        typeof slug === 'string'
          ? [{ title: typeof title === 'string' ? title : slug, href: documentPath(type, slug, locale) }]
          : []
      return { locations: [...own, ...listings] }
    },
  }
}

export const locations = {
  siteSettings: { locations: [home], message: 'Shown on every page' },
  priceList: { locations: [costs] },
  treatment: pagesFor('treatment', [allTreatments, home, careTeam]),
  comparisonTable: pagesFor('comparisonTable', []),
  post: pagesFor('post', [articles, home]),
  person: pagesFor('person', [careTeam]),
  category: pagesFor('category', [articles]),
  page: pagesFor('page', []),
  // Every page's footer names the locations too; these are the pages about them.
  location: pagesFor('location', [allLocations, home]),
} satisfies Record<RoutableType | 'siteSettings' | 'priceList', DocumentLocationResolverObject | DocumentLocationsState>

const bySlug = (type: RoutableType) => `_type == "${type}" && slug.current == $slug`
const translatedTypes = new Set<string>(TRANSLATED_TYPES)
/** Translated types have one document per language at a path: the route's language picks it. */
const bySlugIn = (type: RoutableType, locale: Locale) =>
  translatedTypes.has(type) ? `${bySlug(type)} && coalesce(language, "en") == "${locale}"` : bySlug(type)

/** Every `page` document with a fixed route: English-only ones, then each language's own slugs. */
const fixedPages: { slug: string; locale: Locale }[] = [
  ...Object.values(PAGE_SLUGS).map((slug) => ({ slug, locale: DEFAULT_LOCALE })),
  ...Object.values(LOCALIZED_PAGE_SLUGS).flatMap((slugs) => LOCALES.map((locale) => ({ slug: slugs[locale], locale }))),
]

export const mainDocuments: DocumentResolver[] = [
  ...LOCALES.flatMap((locale) =>
    ROUTABLE_TYPES.flatMap((type) =>
      type === 'page' ? [] : [{ route: segmentRoutePattern(type, locale), filter: bySlugIn(type, locale) }],
    ),
  ),
  {
    // Pages have fixed routes of their own rather than a `/:slug` pattern that would match everything.
    route: fixedPages.map(({ slug, locale }) => paths.page(slug, locale)),
    resolve: ({ path }) => {
      const page = fixedPages.find(({ slug, locale }) => paths.page(slug, locale) === path)
      return page
        ? {
            filter: `${bySlug('page')} && coalesce(language, "en") == $language`,
            params: { slug: page.slug, language: page.locale },
          }
        : undefined
    },
  },
  { route: paths.costs(), filter: '_id == "priceList"' },
]
