import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation'
import { documentPath, paths, ROUTABLE_TYPES } from '@/lib/routes'
import { locations, mainDocuments } from '@/sanity/presentation'

const isResolver = (
  value: DocumentLocationResolverObject | DocumentLocationsState,
): value is DocumentLocationResolverObject => 'resolve' in value

describe('Presentation tool locations', () => {
  it.each(ROUTABLE_TYPES)('opens a %s at its own page first', (type) => {
    const resolver = locations[type]
    expect(isResolver(resolver)).toBe(true)
    if (!isResolver(resolver)) return
    const state = resolver.resolve({ title: 'A title', slug: 'a-slug' })
    expect(state?.locations?.[0]).toEqual({ title: 'A title', href: documentPath(type, 'a-slug') })
  })

  it('lists only the listings of a document without a slug yet', () => {
    const resolver = locations.post
    expect(resolver.resolve({ title: 'Draft' })?.locations).toEqual([
      { title: 'Articles', href: paths.blog() },
      { title: 'Home', href: paths.home() },
    ])
  })
})

describe('Presentation tool main documents', () => {
  const routes = mainDocuments.flatMap((resolver) => resolver.route)

  it('knows the document behind every slug route', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        '/treatments/:slug',
        '/compare/:slug',
        '/blog/:slug',
        '/team/:slug',
        '/blog/category/:slug',
        '/locations/:slug',
        paths.privacy(),
        paths.styleGuide(),
        paths.accessibility(),
        paths.costs(),
      ]),
    )
  })

  it('resolves a fixed page route to its page document, and nothing else', () => {
    const pages = mainDocuments.find((resolver) => resolver.route.includes(paths.privacy()))
    const resolve = pages && 'resolve' in pages ? pages.resolve : undefined
    const context = (path: string) => ({ origin: 'http://localhost', params: {}, path })
    expect(resolve?.(context(paths.privacy()))).toEqual({
      filter: '_type == "page" && slug.current == $slug',
      params: { slug: 'privacy' },
    })
    expect(resolve?.(context('/elsewhere'))).toBeUndefined()
  })

  it('resolves /costs to the price list singleton', () => {
    const costs = mainDocuments.find((resolver) => resolver.route.includes(paths.costs()))
    expect(costs && 'filter' in costs ? costs.filter : undefined).toBe('_id == "priceList"')
  })
})
