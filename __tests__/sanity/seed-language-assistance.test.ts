/**
 * The language-assistance pages in the seed (issue 14 §6): an English and a Spanish `page`
 * document linked as translations, each read by the site's own page query, with the 15
 * Section 1557 taglines in a form the page can mark up (valid, distinct language tags; the
 * phone number's place marked; right-to-left where the script is).
 */
import * as q from '@/lib/content/queries'
import { pageSchema, sitemapDocumentSchema, type Page } from '@/lib/content/schemas'
import { canonicalLanguageTag, isLanguageTag, PHONE_PLACEHOLDER } from '@/lib/i18n/language-tag'
import { documentPath, LOCALES, LOCALIZED_PAGE_SLUGS, paths, type Locale } from '@/lib/routes'
import { z } from 'zod'
import { querySeed } from '../helpers/seed'

const SLUGS = LOCALIZED_PAGE_SLUGS.languageAssistance
const IDS: Record<Locale, string> = { en: 'page-language-assistance', es: 'page-language-assistance-es' }

async function pageIn(locale: Locale): Promise<Page> {
  const page = await querySeed(pageSchema.nullable(), q.PAGE_QUERY, { slug: SLUGS[locale], language: locale })
  if (!page) throw new Error(`no ${locale} language-assistance page in the seed`)
  return page
}

describe('language-assistance routes', () => {
  it('are the page documents’ own paths in each language', () => {
    expect(paths.languageAssistance('en')).toBe('/language-assistance')
    expect(paths.languageAssistance('es')).toBe('/es/asistencia-linguistica')
    for (const locale of LOCALES) {
      expect(paths.languageAssistance(locale)).toBe(documentPath('page', SLUGS[locale], locale))
    }
  })
})

describe.each(LOCALES)('the %s language-assistance page', (locale) => {
  it('is found by the page query in its language, and not in the other', async () => {
    const page = await pageIn(locale)
    expect(page._id).toBe(IDS[locale])
    expect(page.language).toBe(locale)
    const other = LOCALES.find((candidate) => candidate !== locale) ?? 'en'
    await expect(
      querySeed(pageSchema.nullable(), q.PAGE_QUERY, { slug: SLUGS[locale], language: other }),
    ).resolves.toBeNull()
  })

  it('has 15 taglines with valid, distinct BCP 47 tags, each marking where the phone number goes', async () => {
    const raw = await querySeed(z.array(z.unknown()), `*[_id == $id][0].taglines`, { id: IDS[locale] })
    const { taglines } = await pageIn(locale)
    // None was dropped as broken by the content boundary.
    expect(taglines).toHaveLength(raw.length)
    expect(taglines).toHaveLength(15)
    for (const tagline of taglines) {
      expect(isLanguageTag(tagline.languageTag)).toBe(true)
      expect(tagline.text).toContain(PHONE_PLACEHOLDER)
      expect(tagline.text).not.toMatch(/\d{3}-\d{4}/)
    }
    expect(new Set(taglines.map((t) => canonicalLanguageTag(t.languageTag))).size).toBe(15)
  })

  it('sets right-to-left on exactly the Arabic-script taglines', async () => {
    const { taglines } = await pageIn(locale)
    const rtl = taglines.filter((t) => t.direction === 'rtl').map((t) => t.languageTag)
    expect(rtl.sort()).toEqual(['ar', 'fa'])
    const arabicScript = /[\u0600-\u06FF]/
    for (const tagline of taglines) expect(arabicScript.test(tagline.text)).toBe(tagline.direction === 'rtl')
  })

  it('says which list the languages follow, and gives the nondiscrimination notice and HHS OCR’s contacts', async () => {
    const { body } = await pageIn(locale)
    const text = JSON.stringify(body)
    expect(text).toMatch(/2016/)
    expect(text).toMatch(/1557/)
    expect(text).toContain('ocrportal.hhs.gov')
    expect(text).toContain('1-800-368-1019')
    expect(text).toContain('1-800-537-7697')
  })
})

describe('the two pages as translations', () => {
  it('are linked by one translation.metadata document, by language', async () => {
    const members = await querySeed(
      z.array(z.object({ language: z.string(), slug: z.string().nullable() })),
      q.TRANSLATIONS_QUERY,
      { id: IDS.en },
    )
    expect(Object.fromEntries(members.map((m) => [m.language, m.slug]))).toEqual(SLUGS)
  })

  it('are both in the sitemap’s documents, each with its language', async () => {
    const docs = await querySeed(z.array(sitemapDocumentSchema), q.SITEMAP_QUERY)
    for (const locale of LOCALES) {
      expect(docs).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ _id: IDS[locale], slug: SLUGS[locale], language: locale, noIndex: false }),
        ]),
      )
    }
  })
})
