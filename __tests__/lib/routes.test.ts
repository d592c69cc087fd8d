import {
  apiPaths,
  documentPath,
  isProxyPassthrough,
  matchSegmentRoute,
  OG_CARD_TYPES,
  PAGE_SLUGS,
  paths,
  proxyMatcher,
  ROUTABLE_TYPES,
  SEGMENT_ROUTES,
  segmentPath,
  segmentRoutePattern,
  type RoutableType,
} from '@/lib/routes'

describe('documentPath', () => {
  // The URL contract of DESIGN.md, one row per routable type.
  const expected: Record<RoutableType, string> = {
    treatment: '/treatments/ketamine-iv-therapy',
    comparisonTable: '/compare/ketamine-iv-therapy',
    post: '/blog/ketamine-iv-therapy',
    person: '/team/ketamine-iv-therapy',
    category: '/blog/category/ketamine-iv-therapy',
    page: '/ketamine-iv-therapy',
    location: '/locations/ketamine-iv-therapy',
  }

  it.each(ROUTABLE_TYPES)('maps %s documents to their page', (type) => {
    expect(documentPath(type, 'ketamine-iv-therapy')).toBe(expected[type])
  })

  it('covers every routable type, each at its own folder', () => {
    expect(Object.keys(expected).sort()).toEqual([...ROUTABLE_TYPES].sort())
    const folders = ROUTABLE_TYPES.map((type) => documentPath(type, 'x'))
    expect(new Set(folders).size).toBe(ROUTABLE_TYPES.length)
  })

  it.each([
    ['café-au-lait', '/blog/caf%C3%A9-au-lait'],
    ['two words', '/blog/two%20words'],
    ['a/b', '/blog/a%2Fb'],
    ['100%', '/blog/100%25'],
    ['what?#now', '/blog/what%3F%23now'],
  ])('encodes the odd slug %p as one path segment', (slug, path) => {
    expect(paths.post(slug)).toBe(path)
    expect(new URL(path, 'https://example.org').pathname).toBe(path)
  })
})

describe('paths', () => {
  it('gives the fixed pages of the URL contract', () => {
    expect({
      home: paths.home(),
      treatments: paths.treatments(),
      comparisons: paths.comparisons(),
      blog: paths.blog(),
      feed: paths.feed(),
      consultation: paths.consultation(),
      consultationTimes: paths.consultationTimes(),
      consultationThanks: paths.consultationThanks(),
      consultationCancel: paths.consultationCancel(),
      privacy: paths.privacy(),
      styleGuide: paths.styleGuide(),
      sitemap: paths.sitemap(),
      studio: paths.studio(),
      staff: paths.staff(),
      staffSignIn: paths.staffSignIn(),
      staffExport: paths.staffExport(),
    }).toEqual({
      home: '/',
      treatments: '/treatments',
      comparisons: '/compare',
      blog: '/blog',
      feed: '/blog/feed.xml',
      consultation: '/consultation',
      consultationTimes: '/consultation/times',
      consultationThanks: '/consultation/thanks',
      consultationCancel: '/consultation/cancel',
      privacy: '/privacy',
      styleGuide: '/style-guide',
      sitemap: '/sitemap.xml',
      studio: '/studio',
      staff: '/staff',
      staffSignIn: '/staff/sign-in',
      staffExport: '/staff/export',
    })
  })

  it('puts the pages with a route of their own at their page document', () => {
    expect(paths.privacy()).toBe(paths.page(PAGE_SLUGS.privacy))
    expect(paths.styleGuide()).toBe(paths.page(PAGE_SLUGS.styleGuide))
  })

  it('names documents by their type', () => {
    expect(paths.treatment('a')).toBe(documentPath('treatment', 'a'))
    expect(paths.comparison('a')).toBe(documentPath('comparisonTable', 'a'))
    expect(paths.post('a')).toBe(documentPath('post', 'a'))
    expect(paths.person('a')).toBe(documentPath('person', 'a'))
    expect(paths.category('a')).toBe(documentPath('category', 'a'))
  })

  it('puts page 1 of the article index at the index itself, page N under /blog/page', () => {
    expect(paths.blogPage(1)).toBe('/blog')
    expect(paths.blogPage(2)).toBe('/blog/page/2')
    expect(paths.blogPage(12)).toBe('/blog/page/12')
    expect(segmentPath('blogPage', '1')).toBe('/blog/page/1')
  })

  it.each(OG_CARD_TYPES)('builds the share card path of a %s', (type) => {
    expect(paths.ogCard(type, 'a-b')).toBe(`/og/${type}/a-b`)
    expect(paths.ogCard(type, 'a b')).toBe(`/og/${type}/a%20b`)
  })

  it('builds generated files and API endpoints', () => {
    expect(paths.sitemapPart(2)).toBe('/sitemap/2.xml')
    expect(paths.seedImage('iv room.svg')).toBe('/seed-images/iv%20room.svg')
    expect(apiPaths.root()).toBe('/api/')
    expect(apiPaths.consultationSlots()).toBe('/api/consultation-slots')
    expect(apiPaths.consultations()).toBe('/api/consultations')
    expect(apiPaths.revalidate()).toBe('/api/revalidate')
    expect(apiPaths.draftModeEnable()).toBe('/api/draft-mode/enable')
    expect(apiPaths.draftModeDisable()).toBe('/api/draft-mode/disable')
  })
})

describe('matchSegmentRoute', () => {
  const slugs = ['ketamine-iv-therapy', 'a', '2', 'café', 'two words', 'a/b', '100%', 'what?#now', 'feed.xml.old']

  it.each(SEGMENT_ROUTES)('reads back every slug a %s path was built from', (route) => {
    for (const slug of slugs) {
      expect(matchSegmentRoute(segmentPath(route, slug))).toEqual({ route, value: slug, locale: 'en' })
    }
  })

  it('agrees with documentPath for every type with a slug route', () => {
    for (const type of ROUTABLE_TYPES) {
      const match = matchSegmentRoute(documentPath(type, 'some-slug'))
      if (type === 'page') expect(match).toBeNull()
      else expect(match).toEqual({ route: type, value: 'some-slug', locale: 'en' })
    }
  })

  it('tells the article, category and page-number routes under /blog apart', () => {
    expect(matchSegmentRoute('/blog/first')?.route).toBe('post')
    expect(matchSegmentRoute('/blog/category/first')?.route).toBe('category')
    expect(matchSegmentRoute('/blog/page/02')).toEqual({ route: 'blogPage', value: '02', locale: 'en' })
  })

  it.each([
    '/',
    '/blog',
    '/blog/',
    '/blog/feed.xml',
    '/treatments',
    '/compare',
    '/consultation',
    '/consultation/times',
    '/privacy',
    '/style-guide',
    '/team',
    '/blog/a/b',
    '/treatments/a/b',
    '/staff/sign-in',
    '/nope',
  ])('leaves %s alone', (path) => {
    expect(matchSegmentRoute(path)).toBeNull()
  })

  it('keeps a malformed escape as it was sent', () => {
    expect(matchSegmentRoute('/blog/%E0%A4%A')).toEqual({ route: 'post', value: '%E0%A4%A', locale: 'en' })
  })
})

describe('segmentRoutePattern', () => {
  it('gives the :param patterns of the routes whose last segment the content decides', () => {
    expect(SEGMENT_ROUTES.map((route) => segmentRoutePattern(route))).toEqual([
      '/treatments/:slug',
      '/compare/:slug',
      '/blog/:slug',
      '/team/:slug',
      '/blog/category/:slug',
      '/locations/:slug',
      '/blog/page/:page',
    ])
  })
})

describe('proxyMatcher', () => {
  const matches = (path: string) => new RegExp(`^${proxyMatcher()}$`).test(path)

  it('runs the proxy for every page of the URL contract', () => {
    const pages = [
      paths.home(),
      paths.treatment('a'),
      paths.post('a'),
      paths.blogPage(2),
      paths.category('a'),
      paths.person('a'),
      paths.comparison('a'),
      paths.consultation(),
      paths.consultationTimes(),
      paths.privacy(),
      paths.feed(),
      paths.staff(),
      '/an-old-url',
    ]
    for (const page of pages) expect(matches(page)).toBe(true)
  })

  it('skips only build assets, which every host needs', () => {
    for (const path of ['/_next/static/chunk.js', '/favicon.ico']) expect(matches(path)).toBe(false)
  })

  // The proxy must see them to apply the host rules (STAFF_ORIGIN, STUDIO_ENABLED), then leaves them be.
  it('runs for the APIs, the Studio and generated files, and passes them through', () => {
    const passedThrough = [
      apiPaths.consultationSlots(),
      paths.studio(),
      `${paths.studio()}/presentation`,
      paths.seedImage('a.svg'),
      paths.ogCard('post', 'a'),
      paths.sitemap(),
      paths.sitemapPart(1),
      '/robots.txt',
    ]
    for (const path of passedThrough) {
      expect(matches(path)).toBe(true)
      expect(isProxyPassthrough(path)).toBe(true)
    }
    for (const path of [paths.home(), paths.post('a'), paths.staff(), paths.consultation()]) {
      expect(isProxyPassthrough(path)).toBe(false)
    }
  })
})
