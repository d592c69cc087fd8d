/**
 * The sitemap in two languages: each document at its path in its own language, the Spanish
 * fixed pages, and hreflang alternates that are reciprocal. Checked on small fixtures and over
 * the whole sitemap built from the seed dataset with the site's own queries.
 */
import { z } from 'zod'
import { POST_COUNT_QUERY, SITEMAP_QUERY, TRANSLATION_SETS_QUERY } from '@/lib/content/queries'
import { sitemapDocumentSchema, translationSetSchema, type SitemapDocument } from '@/lib/content/schemas'
import { POSTS_PER_PAGE } from '@/lib/content'
import { LOCALES, type Locale } from '@/lib/routes'
import { sharedDocumentAlternates } from '@/lib/seo/alternates'
import { renderSitemap, sitemapEntries } from '@/lib/seo/sitemap'
import { querySeed } from '../../helpers/seed'

const doc = (
  _id: string,
  _type: SitemapDocument['_type'],
  slug: string,
  language: Locale,
  noIndex = false,
): SitemapDocument => ({ _id, _type, slug, language, _updatedAt: '2026-10-01T00:00:00Z', noIndex })

const ORIGIN = 'http://localhost:3000'

/** Each <url> of a rendered sitemap: its location and its alternates by hreflang. */
function parseUrlset(xml: string): Map<string, Record<string, string>> {
  const urls = new Map<string, Record<string, string>>()
  for (const [, body = ''] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1]
    if (!loc) throw new Error(`a <url> without <loc>: ${body}`)
    const links: Record<string, string> = {}
    for (const [, hreflang = '', href = ''] of body.matchAll(
      /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g,
    )) {
      if (links[hreflang]) throw new Error(`${loc} names ${hreflang} twice`)
      links[hreflang] = href
    }
    urls.set(loc, links)
  }
  return urls
}

/** Problems with the sitemap's alternates; an empty list when every rule holds. */
function hreflangProblems(urls: Map<string, Record<string, string>>): string[] {
  const problems: string[] = []
  for (const [loc, links] of urls) {
    const hreflangs = Object.keys(links)
    if (hreflangs.length === 0) continue
    if (!hreflangs.includes('x-default')) problems.push(`${loc}: no x-default`)
    if (!Object.entries(links).some(([lang, href]) => lang !== 'x-default' && href === loc))
      problems.push(`${loc}: does not name itself`)
    if (links['x-default'] !== (links.en ?? links.es)) problems.push(`${loc}: x-default is not the English URL`)
    for (const [lang, href] of Object.entries(links)) {
      const target = urls.get(href)
      if (!target) problems.push(`${loc}: ${lang} ${href} is not in the sitemap`)
      else if (JSON.stringify(target) !== JSON.stringify(links))
        problems.push(`${loc}: ${href} does not name the same alternates back`)
    }
  }
  return problems
}

describe('sitemapEntries in two languages', () => {
  const documents = [
    doc('treatment-iv', 'treatment', 'ketamine-iv-therapy', 'en'),
    doc('treatment-iv-es', 'treatment', 'terapia-intravenosa', 'es'),
    doc('post-a', 'post', 'first-infusion', 'en'),
    doc('post-a-es', 'post', 'primera-infusion', 'es', true),
    doc('post-b', 'post', 'only-english', 'en'),
    doc('post-c-es', 'post', 'solo-en-espanol', 'es'),
  ]
  const translationSets = [
    {
      members: [
        { language: 'en', id: 'treatment-iv' },
        { language: 'es', id: 'treatment-iv-es' },
      ],
    },
    {
      members: [
        { language: 'en', id: 'post-a' },
        { language: 'es', id: 'post-a-es' },
      ],
    },
    // A member that is not published (no document): named by no one.
    {
      members: [
        { language: 'en', id: 'post-b' },
        { language: 'es', id: 'drafts.post-b-es' },
      ],
    },
  ]
  const entries = sitemapEntries({
    documents,
    translationSets,
    postPageCounts: { en: 1, es: 1 },
    settingsUpdatedAt: '2026-09-01T00:00:00Z',
  })
  const byPath = new Map(entries.map((entry) => [entry.path, entry]))

  it('lists each document at its path in its own language', () => {
    expect(byPath.get('/treatments/ketamine-iv-therapy')).toBeDefined()
    expect(byPath.get('/es/tratamientos/terapia-intravenosa')).toBeDefined()
    expect(byPath.has('/treatments/terapia-intravenosa')).toBe(false)
    // noindex in Spanish: not listed, and the English page names no Spanish alternate.
    expect(byPath.has('/es/blog/primera-infusion')).toBe(false)
    expect(byPath.get('/blog/first-infusion')?.alternates).toBeUndefined()
    expect(byPath.get('/blog/only-english')?.alternates).toBeUndefined()
    expect(byPath.get('/es/blog/solo-en-espanol')?.alternates).toBeUndefined()
  })

  it('gives a translated document both paths, the same on both', () => {
    const alternates = { en: '/treatments/ketamine-iv-therapy', es: '/es/tratamientos/terapia-intravenosa' }
    expect(byPath.get(alternates.en)?.alternates).toEqual(alternates)
    expect(byPath.get(alternates.es)?.alternates).toEqual(alternates)
  })

  it('lists the Spanish fixed pages with their English twins, and language assistance in both', () => {
    for (const [en, es] of [
      ['/', '/es'],
      ['/treatments', '/es/tratamientos'],
      ['/blog', '/es/blog'],
      ['/consultation', '/es/consulta'],
      ['/language-assistance', '/es/asistencia-linguistica'],
    ] as const) {
      expect(byPath.get(en)?.alternates).toEqual({ en, es })
      expect(byPath.get(es)?.alternates).toEqual({ en, es })
    }
    expect(byPath.get('/es/asistencia-linguistica')?.lastModified).toBe('2026-09-01T00:00:00Z')
    // Spanish listings are dated by Spanish documents only.
    expect(byPath.get('/es/tratamientos')?.lastModified).toBe('2026-10-01T00:00:00Z')
    // English-only pages stay English only.
    expect(byPath.get('/team')?.alternates).toBeUndefined()
    expect([...byPath.keys()].filter((path) => /^\/es\/(team|equipo$|ubicaciones|comparar)/.test(path))).toEqual([])
  })

  it('gives a person (one document for every language) both profiles, each naming both', () => {
    const people = sitemapEntries({
      documents: [
        doc('person-maya', 'person', 'maya-ellison', 'en'),
        doc('person-hidden', 'person', 'not-listed', 'en', true),
      ],
      postPageCounts: { en: 1, es: 1 },
    })
    const profiles = new Map(people.map((entry) => [entry.path, entry]))
    const alternates = { en: '/team/maya-ellison', es: '/es/equipo/maya-ellison' }
    for (const path of [alternates.en, alternates.es]) {
      expect(profiles.get(path)).toEqual({ path, lastModified: '2026-10-01T00:00:00Z', alternates })
    }
    // The same alternates the profile page announces in its own <head>.
    expect(sharedDocumentAlternates('person', 'maya-ellison')).toEqual(alternates)
    expect([...profiles.keys()].filter((path) => path.includes('not-listed'))).toEqual([])
    const xml = renderSitemap(people)
    expect(xml).toContain(
      `<url><loc>${ORIGIN}/es/equipo/maya-ellison</loc><lastmod>2026-10-01T00:00:00.000Z</lastmod>` +
        `<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/team/maya-ellison"/>` +
        `<xhtml:link rel="alternate" hreflang="es" href="${ORIGIN}/es/equipo/maya-ellison"/>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/team/maya-ellison"/></url>`,
    )
    expect(hreflangProblems(parseUrlset(xml))).toEqual([])
  })

  it('renders reciprocal xhtml:link alternates with x-default', () => {
    const xml = renderSitemap(entries)
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml).toContain(
      `<url><loc>${ORIGIN}/es/tratamientos/terapia-intravenosa</loc><lastmod>2026-10-01T00:00:00.000Z</lastmod>` +
        `<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/treatments/ketamine-iv-therapy"/>` +
        `<xhtml:link rel="alternate" hreflang="es" href="${ORIGIN}/es/tratamientos/terapia-intravenosa"/>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/treatments/ketamine-iv-therapy"/></url>`,
    )
    expect(hreflangProblems(parseUrlset(xml))).toEqual([])
  })

  it('catches a one-way alternate (the check itself can fail)', () => {
    const broken = new Map<string, Record<string, string>>([
      [`${ORIGIN}/a`, { en: `${ORIGIN}/a`, es: `${ORIGIN}/es/a`, 'x-default': `${ORIGIN}/a` }],
      [`${ORIGIN}/es/a`, {}],
    ])
    expect(hreflangProblems(broken)).toEqual([
      `${ORIGIN}/a: ${`${ORIGIN}/es/a`} does not name the same alternates back`,
    ])
  })
})

describe('the sitemap built from the seed dataset', () => {
  async function seedSitemap(): Promise<string> {
    const documents = await querySeed(z.array(sitemapDocumentSchema), SITEMAP_QUERY)
    const translationSets = await querySeed(z.array(translationSetSchema), TRANSLATION_SETS_QUERY)
    const postPageCounts: Partial<Record<Locale, number>> = {}
    for (const language of LOCALES)
      postPageCounts[language] = Math.ceil(
        (await querySeed(z.number(), POST_COUNT_QUERY, { language })) / POSTS_PER_PAGE,
      )
    return renderSitemap(
      sitemapEntries({ documents, translationSets, postPageCounts, settingsUpdatedAt: '2026-11-01T00:00:00Z' }),
    )
  }

  it('has reciprocal hreflang alternates, each with x-default, each a URL in the sitemap', async () => {
    const urls = parseUrlset(await seedSitemap())
    expect(hreflangProblems(urls)).toEqual([])
    const translated = [...urls.values()].filter((links) => Object.keys(links).length > 0)
    // The seed pairs 13 documents, and five fixed pages exist in both languages: two URLs each.
    expect(translated.length).toBeGreaterThanOrEqual(2 * (13 + 5))
  })

  it('lists every Spanish document under /es and every English one outside it', async () => {
    const urls = [...parseUrlset(await seedSitemap()).keys()].map((url) => url.slice(ORIGIN.length))
    expect(urls).toEqual(
      expect.arrayContaining([
        '/es',
        '/es/tratamientos/terapia-de-ketamina-intravenosa',
        '/es/blog/terapia-de-ketamina-intravenosa-o-psicoterapia-asistida-con-ketamina',
        '/es/comparar/ketamina-intravenosa-vs-kap',
        '/es/privacidad',
        '/treatments/ketamine-iv-therapy',
      ]),
    )
    expect(urls.filter((path) => path.includes('terapia') && !path.startsWith('/es/'))).toEqual([])
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('lists every profile in both languages, each naming the other', async () => {
    const urls = parseUrlset(await seedSitemap())
    const profiles = [...urls.keys()].filter((url) => url.startsWith(`${ORIGIN}/team/`))
    expect(profiles.length).toBeGreaterThanOrEqual(5)
    for (const url of profiles) {
      const spanish = url.replace(`${ORIGIN}/team/`, `${ORIGIN}/es/equipo/`)
      expect(urls.get(url)).toEqual({ en: url, es: spanish, 'x-default': url })
      expect(urls.get(spanish)).toEqual(urls.get(url))
    }
  })
})
