/**
 * The site's URL contract (the design note's "URL contract" table) in one place. Page links,
 * breadcrumbs, canonical paths, sitemap entries, JSON-LD and feed URLs, rich-text links, the
 * Studio's preview locations and the proxy's 404 patterns are all built from this module.
 *
 * Browser-safe: constants and plain functions, no imports. Paths are site-relative
 * (`absoluteUrl` in lib/seo/site-url makes them absolute). A slug is percent-encoded as one
 * path segment, so a path built here is exactly the pathname a browser sends back.
 *
 * Public pages are looked up per locale: English at the root, Spanish under `/es` with Spanish
 * folder names and slugs. Pages that exist in English only (search, the team directory,
 * locations, costs) stay outside `LOCALE_ROUTES`.
 */

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * Content types with a page of their own. The sitemap, the proxy's known paths, cache
 * revalidation and the Studio's Presentation tool all follow this list.
 */
export const ROUTABLE_TYPES = [
  'treatment',
  'comparisonTable',
  'post',
  'person',
  'category',
  'page',
  'location',
] as const
export type RoutableType = (typeof ROUTABLE_TYPES)[number]

/** `page` documents the site has a fixed route for (app/(site)/<slug>), by what they are. */
export const PAGE_SLUGS = { privacy: 'privacy', styleGuide: 'style-guide', accessibility: 'accessibility' } as const

/**
 * `page` documents the site has a fixed route for in every language, each language's slug its
 * own (the Spanish document is a translation with a Spanish slug): `documentPath('page', slug,
 * locale)` is the route, e.g. /es/asistencia-linguistica.
 */
export const LOCALIZED_PAGE_SLUGS = {
  privacy: { en: PAGE_SLUGS.privacy, es: 'privacidad' },
  languageAssistance: { en: 'language-assistance', es: 'asistencia-linguistica' },
} as const satisfies Record<string, Record<Locale, string>>

/** Document types that get a generated share card at /og/<type>/<slug>. */
export const OG_CARD_TYPES = ['post', 'treatment'] as const
export type OgCardType = (typeof OG_CARD_TYPES)[number]

interface LocaleRoutes {
  /** Pages at a path of their own. */
  fixed: {
    home: string
    treatments: string
    comparisons: string
    blog: string
    feed: string
    consultation: string
    consultationTimes: string
    consultationThanks: string
    consultationCancel: string
  }
  /**
   * Where each type's pages live: a document at `<folder>/<slug>` ('' is the top level), page
   * n of the article index at `<blogPage folder>/<n>`.
   */
  folders: Record<RoutableType | 'blogPage', string>
}

const LOCALE_ROUTES: Record<Locale, LocaleRoutes> = {
  en: {
    fixed: {
      home: '/',
      treatments: '/treatments',
      comparisons: '/compare',
      blog: '/blog',
      feed: '/blog/feed.xml',
      consultation: '/consultation',
      consultationTimes: '/consultation/times',
      consultationThanks: '/consultation/thanks',
      consultationCancel: '/consultation/cancel',
    },
    folders: {
      treatment: '/treatments',
      comparisonTable: '/compare',
      post: '/blog',
      person: '/team',
      category: '/blog/category',
      page: '',
      location: '/locations',
      blogPage: '/blog/page',
    },
  },
  es: {
    fixed: {
      home: '/es',
      treatments: '/es/tratamientos',
      comparisons: '/es/comparar',
      blog: '/es/blog',
      feed: '/es/blog/feed.xml',
      consultation: '/es/consulta',
      consultationTimes: '/es/consulta/horarios',
      consultationThanks: '/es/consulta/gracias',
      consultationCancel: '/es/consulta/cancelar',
    },
    folders: {
      treatment: '/es/tratamientos',
      comparisonTable: '/es/comparar',
      post: '/es/blog',
      person: '/es/equipo',
      category: '/es/blog/categoria',
      page: '/es',
      // No location has a Spanish page yet: every path here is a 404, never a guess.
      location: '/es/ubicaciones',
      blogPage: '/es/blog/page',
    },
  },
}

/** The locale a public path belongs to: Spanish under `/es`, English everywhere else. */
export function localeOfPath(path: string): Locale {
  return path === '/es' || path.startsWith('/es/') ? 'es' : DEFAULT_LOCALE
}

/** Pages in English only (the language switcher leads to the Spanish home from them). */
const ENGLISH_ONLY = { team: '/team', locations: '/locations', costs: '/costs', search: '/search' } as const

const STUDIO = '/studio'
const STAFF = '/staff'
const API = '/api'
const OG = '/og'
const SEED_IMAGES = '/seed-images'

const segment = (value: string): string => encodeURIComponent(value)

/** The public path of a document's own page. */
export function documentPath(type: RoutableType, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${LOCALE_ROUTES[locale].folders[type]}/${segment(slug)}`
}

type SlugRoutedType = Exclude<RoutableType, 'page'>
export type SegmentRoute = SlugRoutedType | 'blogPage'

/**
 * Routes whose last segment the content decides: a document's slug, or an article page number.
 * The proxy answers such a path with the site 404 when no document has it. `page` documents
 * have fixed routes of their own (PAGE_SLUGS), so they are not here.
 */
export const SEGMENT_ROUTES: readonly SegmentRoute[] = [
  ...ROUTABLE_TYPES.filter((type): type is SlugRoutedType => type !== 'page'),
  'blogPage',
]

const segmentFolder = (route: SegmentRoute, locale: Locale): string => LOCALE_ROUTES[locale].folders[route]

/** `<folder of route>/<value>`; for the document types the same as `documentPath`. */
export function segmentPath(route: SegmentRoute, value: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${segmentFolder(route, locale)}/${segment(value)}`
}

/** A path pattern in the `:param` syntax (Sanity's Presentation tool), e.g. "/treatments/:slug". */
export function segmentRoutePattern(route: SegmentRoute, locale: Locale = DEFAULT_LOCALE): string {
  return `${segmentFolder(route, locale)}/:${route === 'blogPage' ? 'page' : 'slug'}`
}

/** Fixed pages that sit in a segment route's folder ("/blog/feed.xml"): never a slug. */
function fixedChildren(folder: string, locale: Locale): Set<string> {
  return new Set(
    Object.values(LOCALE_ROUTES[locale].fixed)
      .filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'))
      .map((path) => path.slice(folder.length + 1)),
  )
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    // A malformed escape names no document; keep it as sent.
    return raw
  }
}

export interface SegmentMatch {
  route: SegmentRoute
  /** The decoded last segment: the slug, or the page number as written. */
  value: string
  locale: Locale
}

/** Which segment route a (normalised, query-free) pathname is, or null for any other path. */
export function matchSegmentRoute(path: string): SegmentMatch | null {
  for (const locale of LOCALES) {
    for (const route of SEGMENT_ROUTES) {
      const folder = segmentFolder(route, locale)
      if (!path.startsWith(`${folder}/`)) continue
      const raw = path.slice(folder.length + 1)
      if (raw === '' || raw.includes('/') || fixedChildren(folder, locale).has(raw)) continue
      return { route, value: decodeSegment(raw), locale }
    }
  }
  return null
}

const fixed = (locale: Locale = DEFAULT_LOCALE) => LOCALE_ROUTES[locale].fixed

/** Every public page and generated file of the site, by what it is. */
export const paths = {
  home: (locale?: Locale) => fixed(locale).home,
  treatments: (locale?: Locale) => fixed(locale).treatments,
  treatment: (slug: string, locale?: Locale) => documentPath('treatment', slug, locale),
  comparisons: (locale?: Locale) => fixed(locale).comparisons,
  comparison: (slug: string, locale?: Locale) => documentPath('comparisonTable', slug, locale),
  blog: (locale?: Locale) => fixed(locale).blog,
  /** Page 1 of the article index is the index itself; `/blog/page/1` only redirects there. */
  blogPage: (page: number, locale?: Locale) =>
    page <= 1 ? fixed(locale).blog : segmentPath('blogPage', String(page), locale),
  post: (slug: string, locale?: Locale) => documentPath('post', slug, locale),
  category: (slug: string, locale?: Locale) => documentPath('category', slug, locale),
  /** The care team directory; its filtered views are the same path with `?treatment=&language=`. */
  team: () => ENGLISH_ONLY.team,
  person: (slug: string, locale?: Locale) => documentPath('person', slug, locale),
  locations: () => ENGLISH_ONLY.locations,
  location: (slug: string, locale?: Locale) => documentPath('location', slug, locale),
  costs: () => ENGLISH_ONLY.costs,
  page: (slug: string, locale?: Locale) => documentPath('page', slug, locale),
  privacy: (locale: Locale = DEFAULT_LOCALE) => documentPath('page', LOCALIZED_PAGE_SLUGS.privacy[locale], locale),
  styleGuide: (locale?: Locale) => documentPath('page', PAGE_SLUGS.styleGuide, locale),
  accessibility: (locale?: Locale) => documentPath('page', PAGE_SLUGS.accessibility, locale),
  consultation: (locale?: Locale) => fixed(locale).consultation,
  consultationTimes: (locale?: Locale) => fixed(locale).consultationTimes,
  consultationThanks: (locale?: Locale) => fixed(locale).consultationThanks,
  consultationCancel: (locale?: Locale) => fixed(locale).consultationCancel,
  /** The language-assistance notice: free interpreters, nondiscrimination, taglines. */
  languageAssistance: (locale: Locale = DEFAULT_LOCALE) =>
    documentPath('page', LOCALIZED_PAGE_SLUGS.languageAssistance[locale], locale),
  feed: (locale?: Locale) => fixed(locale).feed,
  /** Site search; with `q`, its results (page 1 unless `page` is more). */
  search: (query?: { q: string; page?: number }) => {
    if (!query) return ENGLISH_ONLY.search
    const params = new URLSearchParams({ q: query.q })
    if (query.page && query.page > 1) params.set('page', String(query.page))
    return `${ENGLISH_ONLY.search}?${params.toString()}`
  },
  ogCard: (type: OgCardType, slug: string) => `${OG}/${type}/${segment(slug)}`,
  sitemap: () => '/sitemap.xml',
  /** Part `n` (1-based) of a sitemap split past 50,000 URLs. */
  sitemapPart: (n: number) => `/sitemap/${n}.xml`,
  seedImage: (file: string) => `${SEED_IMAGES}/${segment(file)}`,
  studio: () => STUDIO,
  staff: () => STAFF,
  staffSignIn: () => `${STAFF}/sign-in`,
  staffExport: () => `${STAFF}/export`,
  staffRecoveryCodes: () => `${STAFF}/recovery-codes`,
  /** The one-time link `npm run staff:invite` prints. */
  staffEnrol: (token: string) => `${STAFF}/enrol/${encodeURIComponent(token)}`,
} as const

/** The JSON and webhook endpoints under /api. */
export const apiPaths = {
  root: () => `${API}/`,
  consultationSlots: () => `${API}/consultation-slots`,
  consultations: () => `${API}/consultations`,
  revalidate: () => `${API}/revalidate`,
  draftModeEnable: () => `${API}/draft-mode/enable`,
  draftModeDisable: () => `${API}/draft-mode/disable`,
} as const

/**
 * Path prefixes the proxy never runs for: build assets, which every host needs (the staff host
 * too). Next reads proxy.ts's `config.matcher` at build time, so it must stay a literal there;
 * a test checks it against `proxyMatcher()`.
 */
export const PROXY_SKIPPED_PREFIXES = ['/_next/', '/favicon.ico'] as const

/**
 * Path prefixes the proxy runs for only to apply the host rules (a separate staff host, the Studio
 * switched off), then lets through untouched: the APIs, the Studio and generated files get no
 * redirects, no 404 rewrite and no nonce.
 */
export const PROXY_PASSTHROUGH_PREFIXES = [
  `${API}/`,
  STUDIO,
  `${SEED_IMAGES}/`,
  `${OG}/`,
  '/sitemap',
  '/robots.txt',
] as const

export const isProxyPassthrough = (path: string): boolean =>
  PROXY_PASSTHROUGH_PREFIXES.some((prefix) => path.startsWith(prefix))

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Segment routes a language has no pages for: every path in their folder is a 404 (the folder
 * exists in LOCALE_ROUTES so paths can be typed the same in every language).
 */
const SEGMENT_ROUTES_WITHOUT_PAGES: Record<Locale, readonly SegmentRoute[]> = { en: [], es: ['location'] }

/**
 * Every route of the app as a path pattern: `:param` stands for one segment, `*` for one or
 * more. A segment route matches whatever its last segment is: whether a document has that slug is
 * the content's business (lib/seo/known-paths.ts). __tests__/lib/app-routes.test.ts checks this
 * list against the route files under app/, both ways.
 */
export function appRoutePatterns(): string[] {
  const perLocale = LOCALES.flatMap((locale) => [
    ...Object.values(LOCALE_ROUTES[locale].fixed),
    ...Object.values(LOCALIZED_PAGE_SLUGS).map((slugs) => documentPath('page', slugs[locale], locale)),
    ...SEGMENT_ROUTES.filter((route) => !SEGMENT_ROUTES_WITHOUT_PAGES[locale].includes(route)).map(
      (route) => `${segmentFolder(route, locale)}/:param`,
    ),
  ])
  return [
    ...perLocale,
    ...Object.values(ENGLISH_ONLY),
    paths.styleGuide(),
    paths.accessibility(),
    paths.staff(),
    paths.staffSignIn(),
    paths.staffExport(),
    paths.staffRecoveryCodes(),
    `${STAFF}/enrol/:param`,
    STUDIO,
    `${STUDIO}/*`,
    ...Object.entries(apiPaths)
      .filter(([name]) => name !== 'root')
      .map(([, path]) => path()),
    `${OG}/:param/:param`,
    `${SEED_IMAGES}/:param`,
    paths.sitemap(),
    '/sitemap/:param',
    '/robots.txt',
    '/icon.svg',
  ]
}

const patternToRegExp = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('/')
      .map((part) => (part === ':param' ? '[^/]+' : part === '*' ? '.+' : escapeRegExp(part)))
      .join('/')}$`,
  )

let appRoutes: RegExp[] | undefined

/**
 * Whether a route of the app answers this (normalised, query-free) path. Next sends every other
 * path to the global 404 page (app/global-not-found.tsx).
 */
export function hasRoute(path: string): boolean {
  appRoutes ??= appRoutePatterns().map(patternToRegExp)
  return appRoutes.some((route) => route.test(path))
}

/** The proxy's matcher: every path except those starting with a skipped prefix. */
export function proxyMatcher(): string {
  const skipped = PROXY_SKIPPED_PREFIXES.map((prefix) => escapeRegExp(prefix.slice(1)))
  return `/((?!${skipped.join('|')}).*)`
}
