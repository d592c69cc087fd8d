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

  it('opens a Spanish document at its Spanish page', () => {
    const resolver = locations.page
    const state = resolver.resolve({ title: 'Asistencia lingüística', slug: 'asistencia-linguistica', language: 'es' })
    expect(state?.locations?.[0]).toEqual({ title: 'Asistencia lingüística', href: paths.languageAssistance('es') })
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
    const filter = '_type == "page" && slug.current == $slug && coalesce(language, "en") == $language'
    expect(resolve?.(context(paths.privacy()))).toEqual({ filter, params: { slug: 'privacy', language: 'en' } })
    expect(resolve?.(context(paths.languageAssistance('es')))).toEqual({
      filter,
      params: { slug: 'asistencia-linguistica', language: 'es' },
    })
    expect(resolve?.(context('/elsewhere'))).toBeUndefined()
  })

  it('knows the Spanish slug routes, each picking the Spanish document', () => {
    const treatments = mainDocuments.find((resolver) => resolver.route === '/es/tratamientos/:slug')
    expect(treatments && 'filter' in treatments ? treatments.filter : undefined).toBe(
      '_type == "treatment" && slug.current == $slug && coalesce(language, "en") == "es"',
    )
    expect(routes).toEqual(expect.arrayContaining([paths.languageAssistance('en'), paths.languageAssistance('es')]))
  })

  it('resolves /costs to the price list singleton', () => {
    const costs = mainDocuments.find((resolver) => resolver.route.includes(paths.costs()))
    expect(costs && 'filter' in costs ? costs.filter : undefined).toBe('_id == "priceList"')
  })
})
