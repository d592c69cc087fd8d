/**
 * The Spanish seed (the `-es` documents and translation links in sanity/seed/dataset.ndjson):
 * each document mirrors an English one (same type and structure, Spanish text and slug),
 * the translation.metadata documents pair them the way @sanity/document-internationalization
 * does, and the Spanish posts and treatments pass the site's own queries and zod schemas.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { applyPerspective, parseNdjson, queryDocuments, type DatasetDocument } from '@/lib/content/local-dataset'
import * as q from '@/lib/content/queries'
import { categorySchema, comparisonTableSchema, pageSchema, postSchema, treatmentSchema } from '@/lib/content/schemas'
import {
  altTextAdvice,
  crisisNoticeNamesHotlines,
  kebabCaseSlug,
  metaDescriptionLimit,
  reviewDateNotInFuture,
  updatedNotBeforePublished,
  validateHref,
} from '@/sanity/validation'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const seedDir = path.join(process.cwd(), 'sanity', 'seed')
const englishFile = path.join(seedDir, 'dataset.ndjson')
const spanishFile = englishFile
const seedLines = readFileSync(englishFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
const isSpanishLine = (line: string) => {
  const doc = JSON.parse(line) as DatasetDocument
  return doc._id.endsWith('-es') || doc._type === 'translation.metadata'
}
const englishText = seedLines.filter((line) => !isSpanishLine(line)).join('\n')
const lines = seedLines.filter(isSpanishLine)
const spanishText = lines.join('\n')

const readLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DatasetDocument)
const english = readLines(englishText)
const spanish = readLines(spanishText)
const englishById = new Map(english.map((d) => [d._id, d]))
const spanishById = new Map(spanish.map((d) => [d._id, d]))

const METADATA = 'translation.metadata'
const BIO = 'personBioTranslation'
const SETTINGS = 'siteSettingsTranslation'
const metadata = spanish.filter((d) => d._type === METADATA)
const bios = spanish.filter((d) => d._type === BIO)
/** Documents that translate one English document of the same type (Site settings' texts have their own type). */
const translations = spanish.filter((d) => d._type !== METADATA && d._type !== BIO && d._type !== SETTINGS)
const ofType = (type: string) => translations.filter((d) => d._type === type)
const slugOf = (doc: Json) => (isObject(doc.slug) ? String(doc.slug.current) : '')
const counterpart = (doc: DatasetDocument) => englishById.get(doc._id.replace(/-es$/, ''))

/** Both files loaded together, seen the way the site sees a dataset. */
const loadedEnglish = parseNdjson(englishText, englishFile, seedDir)
// Asset paths in the Spanish file are written relative to the seed folder, like the English ones.
const loadedSpanish = parseNdjson(spanishText, spanishFile, seedDir)
const assetIds = new Set(loadedEnglish.documents.map((d) => d._id))
const published = applyPerspective(
  [...loadedEnglish.documents, ...loadedSpanish.documents.filter((d) => !assetIds.has(d._id))],
  'published',
)
const run = (query: string, params: Record<string, unknown> = {}) => queryDocuments(published, query, params)

/** Every object in a tree with its path and the array holding it, if any. */
function walk(
  node: unknown,
  at: string,
  visit: (value: Json, at: string, parentArray: unknown[] | null) => void,
  parent: unknown[] | null = null,
): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}[${i}]`, visit, node))
  else if (isObject(node)) {
    visit(node, at, parent)
    for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`, visit)
  }
}

const DECORATORS = new Set(['strong', 'em', 'sup', 'sub', 'code', 'underline', 'strike-through'])
/** Fields that differ between a document and its translation by design. */
const PER_DOCUMENT = new Set(['_id', '_rev', '_createdAt', '_updatedAt', 'language', 'publishedAt', 'updatedAt'])
const KEPT_STRINGS = new Set(['_type', 'style', 'listItem', '_sanityAsset', 'href', 'url', 'credentials'])

/**
 * A document's structure without its words: texts become their field name, keys and system
 * fields go, references drop their `-es`, annotation marks become "annotation". A translation
 * must have exactly the English structure: the same blocks, lists, headings, links and FAQs.
 */
function shape(node: unknown, field = ''): unknown {
  if (Array.isArray(node)) {
    if (field === 'marks') return node.map((m) => (DECORATORS.has(String(m)) ? m : 'annotation'))
    return node.map((item) => shape(item, field))
  }
  if (isObject(node)) {
    const out: Json = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === '_key' || PER_DOCUMENT.has(k)) continue
      if (k === 'lastReviewed') out[k] = 'date'
      else if (k === '_ref') out[k] = String(v).replace(/-es$/, '')
      else if (k === 'slug') out[k] = 'slug'
      else out[k] = shape(v, k)
    }
    return out
  }
  if (typeof node === 'string') return KEPT_STRINGS.has(field) ? node : `<${field}>`
  return node
}

/** The Spanish crisis wording the whole site relies on (docs/spanish-notes.md). */
function crisisProblems(text: string): string[] {
  const problems: string[] = []
  if (!/\b988\b/.test(text)) problems.push('988')
  if (!/\bAYUDA\b/.test(text)) problems.push('AYUDA (text AYUDA to 988)')
  if (!/marque 2/.test(text)) problems.push('"marque 2" (call 988 and press 2 for Spanish)')
  if (!/\b911\b/.test(text)) problems.push('911')
  return problems
}

describe('Spanish seed translations (staged, not loaded yet)', () => {
  it('parses every line as a document with a unique _id and no loading problems', () => {
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow()
    expect(loadedSpanish.problems).toEqual([])
    const ids = spanish.map((d) => d._id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => englishById.has(id))).toEqual([])
    for (const doc of spanish) {
      expect(`${doc._id}: ${String(doc._createdAt)} ${String(doc._updatedAt)}`).toMatch(
        /: 2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z 2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
      )
      expect(String(doc._createdAt) <= String(doc._updatedAt)).toBe(true)
      expect(doc._rev).toEqual(expect.any(String))
    }
  })

  it('covers what issue 14 asks for: both treatments, the table, the article and five more posts, privacy, settings', () => {
    expect(
      ofType('treatment')
        .map(counterpart)
        .map((d) => d?._id),
    ).toEqual(expect.arrayContaining(english.filter((d) => d._type === 'treatment').map((d) => d._id)))
    expect(ofType('comparisonTable').length).toBe(english.filter((d) => d._type === 'comparisonTable').length)
    expect(spanishById.has('post-ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy-es')).toBe(true)
    expect(ofType('post').length).toBeGreaterThanOrEqual(6)
    expect(slugOf(spanishById.get('page-privacy-es') ?? {})).toBe('privacidad')
    expect(spanishById.has('siteSettings-es')).toBe(true)
    expect(bios.map((b) => b._id).sort()).toEqual(['person-daniel-okafor-bio-es', 'person-maya-ellison-bio-es'])
  })

  it('gives every translation language "es" and an English counterpart of the same type', () => {
    const bad: string[] = []
    for (const doc of [...translations, ...bios, ...spanish.filter((d) => d._type === SETTINGS)]) {
      if (doc.language !== 'es') bad.push(`${doc._id}: language ${String(doc.language)}`)
    }
    for (const doc of translations) {
      const en = counterpart(doc)
      if (!doc._id.endsWith('-es')) bad.push(`${doc._id}: id must be the English id + "-es"`)
      else if (!en) bad.push(`${doc._id}: no English document ${doc._id.replace(/-es$/, '')}`)
      else if (en._type !== doc._type) bad.push(`${doc._id}: ${doc._type}, but the English one is ${en._type}`)
    }
    expect(bad).toEqual([])
  })

  it('keeps the English structure: same fields, blocks, lists, headings, links, images and FAQs', () => {
    for (const doc of translations) {
      const en = counterpart(doc)
      expect([doc._id, shape(doc)]).toEqual([doc._id, shape(en)])
    }
    // Site settings in Spanish hold only the texts; the clinic's facts stay in the English document.
    const settings = spanishById.get('siteSettings-es')
    expect(Object.keys(settings ?? {}).sort()).toEqual(
      [
        '_createdAt',
        '_id',
        '_rev',
        '_type',
        '_updatedAt',
        'crisisNotice',
        'language',
        'medicalDisclaimer',
        'seo',
        'tagline',
      ].sort(),
    )
    const seo = settings?.seo as Json
    const englishSeo = englishById.get('siteSettings')?.seo as Json
    expect(shape(seo)).toEqual(shape(englishSeo))
  })

  it('writes each bio as a personBioTranslation of an existing person', () => {
    for (const bio of bios) {
      const ref = isObject(bio.person) ? String(bio.person._ref) : ''
      expect(englishById.get(ref)?._type).toBe('person')
      expect(bio._id).toBe(`${ref}-bio-es`)
      expect(bio.jobTitle).toEqual(expect.stringMatching(/\S/))
      const en = englishById.get(ref)
      expect([bio._id, shape(bio.bio)]).toEqual([bio._id, shape(en?.bio)])
    }
  })

  it('pairs every English and Spanish document in one translation.metadata document', () => {
    const bad: string[] = []
    for (const meta of metadata) {
      const refs = Array.isArray(meta.translations) ? (meta.translations as Json[]) : []
      // The plugin (v6) names each member's language in a field of its own; its _key is random.
      const byLang = new Map(refs.map((r) => [r.language, isObject(r.value) ? String(r.value._ref) : '']))
      const en = englishById.get(byLang.get('en') ?? '')
      const es = spanishById.get(byLang.get('es') ?? '')
      if (refs.length !== 2 || !en || !es) bad.push(`${meta._id}: needs existing "en" and "es" documents`)
      else {
        // No dot in the id: a dotted id is a sub-path the public (token-less) API never returns.
        if (meta._id !== `translation-metadata-${en._id}`)
          bad.push(`${meta._id}: id should be translation-metadata-${en._id}`)
        if (es._id !== `${en._id}-es` || es._type !== en._type)
          bad.push(`${meta._id}: ${es._id} does not translate ${en._id}`)
        if (JSON.stringify(meta.schemaTypes) !== JSON.stringify([en._type])) bad.push(`${meta._id}: schemaTypes`)
      }
      for (const r of refs)
        if (r._type !== 'internationalizedArrayReferenceValue' || !isObject(r.value) || r.value._type !== 'reference')
          bad.push(`${meta._id}: ${String(r.language)} is not an internationalizedArrayReferenceValue reference`)
    }
    expect(bad).toEqual([])
    const paired = metadata.flatMap((m) => (m.translations as Json[]).map((r) => String((r.value as Json)._ref)))
    expect(translations.map((d) => d._id).filter((id) => !paired.includes(id))).toEqual([])
    expect(paired.filter((id) => paired.indexOf(id) !== paired.lastIndexOf(id))).toEqual([])
  })

  it('uses kebab-case Spanish slugs, unique per type', () => {
    const seen = new Map<string, string>()
    const bad: string[] = []
    for (const doc of translations.filter((d) => isObject(d.slug))) {
      const slug = slugOf(doc)
      if (kebabCaseSlug(doc.slug) !== true) bad.push(`${doc._id}: ${slug}`)
      const key = `${doc._type}/${slug}`
      if (seen.has(key)) bad.push(`${doc._id}: slug ${slug} is also ${seen.get(key)}`)
      seen.set(key, doc._id)
      // A Spanish slug that repeats the English one is usually a field nobody translated.
      if (slug === slugOf(counterpart(doc) ?? {})) bad.push(`${doc._id}: slug not translated`)
    }
    expect(bad).toEqual([])
  })

  it('resolves every reference, preferring the Spanish documents, and keeps _keys unique in each array', () => {
    const bad: string[] = []
    for (const doc of spanish) {
      walk(doc, doc._id, (value, at, parentArray) => {
        if (parentArray) {
          if (typeof value._key !== 'string' || value._key === '') bad.push(`${at}: missing _key`)
          else if (parentArray.filter((m) => isObject(m) && m._key === value._key).length > 1)
            bad.push(`${at}: duplicate _key ${value._key}`)
          else if (doc._type !== METADATA && !/^[0-9a-f]{12}$/.test(value._key)) bad.push(`${at}: _key ${value._key}`)
        }
        if (value._type !== 'reference') return
        const ref = String(value._ref)
        if (!englishById.has(ref) && !spanishById.has(ref)) bad.push(`${at} -> ${ref}`)
        // People are shared; anything else that has a Spanish version must point at it.
        if (doc._type !== METADATA && spanishById.has(`${ref}-es`)) bad.push(`${at} -> ${ref}, not ${ref}-es`)
      })
      // Translations get keys of their own, not the English ones.
      const en = doc._type === BIO ? undefined : counterpart(doc)
      if (en) {
        const englishKeys = new Set<string>()
        walk(en, en._id, (value) => typeof value._key === 'string' && englishKeys.add(value._key))
        walk(doc, doc._id, (value, at) => {
          if (typeof value._key === 'string' && englishKeys.has(value._key)) bad.push(`${at}: English _key reused`)
        })
      }
    }
    expect(bad).toEqual([])
  })

  it('keeps the medical review byline of the English document', () => {
    for (const doc of translations.filter((d) => isObject(counterpart(d)?.medicalReview))) {
      const review = doc.medicalReview as Json
      const englishReview = counterpart(doc)?.medicalReview as Json
      expect([doc._id, review.reviewer]).toEqual([doc._id, englishReview.reviewer])
      expect(reviewDateNotInFuture(review.lastReviewed)).toBe(true)
    }
  })

  it('gives each Spanish treatment and post as many FAQs as the English one', () => {
    const faqs = (doc: Json | undefined) => {
      let n = Array.isArray(doc?.faqs) ? doc.faqs.length : 0
      walk(doc?.body, '', (value) => {
        if (value._type === 'faq') n += 1
      })
      return n
    }
    for (const doc of [...ofType('treatment'), ...ofType('post')])
      expect([doc._id, faqs(doc)]).toEqual([doc._id, faqs(counterpart(doc))])
    expect(ofType('treatment').every((d) => faqs(d) > 0)).toBe(true)
  })

  it('states the crisis lines accurately in Spanish: 988 (press 2), AYUDA to 988, and 911', () => {
    const settings = spanishById.get('siteSettings-es')
    expect(crisisNoticeNamesHotlines(settings?.crisisNotice)).toBe(true)
    expect(crisisProblems(String(settings?.crisisNotice))).toEqual([])
    // Wherever a Spanish text names 988 it also gives the Spanish route to it.
    const bad: string[] = []
    for (const doc of translations) {
      walk(doc, doc._id, (value, at) => {
        if (value._type !== 'block' || !Array.isArray(value.children)) return
        const text = (value.children as Json[]).map((s) => String(s.text)).join('')
        if (/\b988\b/.test(text) && crisisProblems(text).length > 0)
          bad.push(`${at}: ${crisisProblems(text).join(', ')}`)
      })
    }
    expect(bad).toEqual([])
  })

  it('passes the Studio rules a Studio import would check', () => {
    for (const doc of [...translations, ...bios, ...spanish.filter((d) => d._type === SETTINGS)]) {
      if (isObject(doc.seo)) expect([doc._id, metaDescriptionLimit(doc.seo.metaDescription)]).toEqual([doc._id, true])
      if (doc._type === 'post') expect(updatedNotBeforePublished(doc.updatedAt, { document: doc })).toBe(true)
      walk(doc, doc._id, (value, at) => {
        if (value._type === 'image')
          expect([at, altTextAdvice(value.alt), value.alt]).toEqual([at, true, expect.any(String)])
        if (value._type === 'link') expect([at, validateHref(value.href)]).toEqual([at, true])
      })
    }
  })

  describe('through the site queries and schemas, loaded together with the English seed', () => {
    it.each(ofType('treatment').map((d) => [slugOf(d), d._id]))('treatment %s', async (slug, id) => {
      const treatment = treatmentSchema.parse(await run(q.TREATMENT_QUERY, { slug, language: 'es' }))
      expect(treatment._id).toBe(id)
      expect(treatment.medicalReview.reviewer.slug).toBe('daniel-okafor')
    })

    it.each(ofType('post').map((d) => [slugOf(d), d._id]))('post %s', async (slug, id) => {
      const post = postSchema.parse(await run(q.POST_QUERY, { slug, language: 'es' }))
      expect(post._id).toBe(id)
      const spanishCategorySlugs = ofType('category').map(slugOf)
      expect(post.categories.length).toBeGreaterThan(0)
      for (const category of post.categories) expect(spanishCategorySlugs).toContain(category.slug)
      // Internal links and embedded tables lead to Spanish pages.
      const targets: string[] = []
      walk(post.body, '', (value) => {
        if (isObject(value.target)) targets.push(String(value.target.slug))
        if (isObject(value.table)) targets.push(String(value.table.slug))
      })
      const spanishSlugs = translations.map(slugOf)
      expect(targets.filter((t) => !spanishSlugs.includes(t))).toEqual([])
    })

    it('comparison table, categories and privacy page', async () => {
      for (const table of ofType('comparisonTable')) {
        const parsed = comparisonTableSchema.parse(
          await run(q.COMPARISON_TABLE_QUERY, { slug: slugOf(table), language: 'es' }),
        )
        expect(parsed.columns.map((c) => c.slug)).toEqual(
          (table.columns as Json[]).map((c) => slugOf(spanishById.get(String(c._ref)) ?? {})),
        )
      }
      for (const category of ofType('category'))
        expect(categorySchema.parse(await run(q.CATEGORY_QUERY, { slug: slugOf(category), language: 'es' }))._id).toBe(
          category._id,
        )
      const page = pageSchema.parse(await run(q.PAGE_QUERY, { slug: 'privacidad', language: 'es' }))
      expect(page._id).toBe('page-privacy-es')
    })

    it('lists every category a Spanish post uses among the Spanish categories', async () => {
      for (const category of ofType('category')) {
        const posts = (await run(q.POSTS_IN_CATEGORY_QUERY, { slug: slugOf(category), language: 'es' })) as Json[]
        expect([category._id, posts.length > 0]).toEqual([category._id, true])
        expect(posts.every((p) => String(p._id).endsWith('-es'))).toBe(true)
      }
    })
  })
})
