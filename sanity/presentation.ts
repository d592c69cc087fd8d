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
import { documentPath, PAGE_SLUGS, paths, ROUTABLE_TYPES, segmentRoutePattern, type RoutableType } from '@/lib/routes'

const home: DocumentLocation = { title: 'Home', href: paths.home() }
const articles: DocumentLocation = { title: 'Articles', href: paths.blog() }
const allTreatments: DocumentLocation = { title: 'All treatments', href: paths.treatments() }
const allLocations: DocumentLocation = { title: 'All locations', href: paths.locations() }
const costs: DocumentLocation = { title: 'Costs and insurance', href: paths.costs() }
const careTeam: DocumentLocation = { title: 'Our care team', href: paths.team() }

/** The document's own page (when it has a slug) followed by the listings that show it. */
function pagesFor(type: RoutableType, listings: DocumentLocation[]): DocumentLocationResolverObject {
  return {
    select: { title: 'title', name: 'name', slug: 'slug.current' },
    resolve: (doc) => {
      const title: unknown = doc?.title ?? doc?.name
      const slug: unknown = doc?.slug
      const own: DocumentLocation[] =
        typeof slug === 'string'
          ? [{ title: typeof title === 'string' ? title : slug, href: documentPath(type, slug) }]
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
const pageSlugs: string[] = Object.values(PAGE_SLUGS)

export const mainDocuments: DocumentResolver[] = [
  ...ROUTABLE_TYPES.flatMap((type) =>
    type === 'page' ? [] : [{ route: segmentRoutePattern(type), filter: bySlug(type) }],
  ),
  {
    // Pages have fixed routes of their own rather than a `/:slug` pattern that would match everything.
    route: pageSlugs.map((slug) => paths.page(slug)),
    resolve: ({ path }) => {
      const slug = pageSlugs.find((candidate) => paths.page(candidate) === path)
      return slug ? { filter: bySlug('page'), params: { slug } } : undefined
    },
  },
  { route: paths.costs(), filter: '_id == "priceList"' },
]
