/**
 * The seed dataset (sanity/seed) is what `npm run dev` serves and what `sanity dataset import`
 * loads into a real project, so it is checked three ways: as raw export NDJSON (ids, keys,
 * references, asset paths), through the site's own GROQ queries and zod schemas, and against
 * the Studio's validation rules.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson, queryDocuments, type DatasetDocument } from '@/lib/content/local-dataset'
import * as q from '@/lib/content/queries'
import {
  comparisonTableSchema,
  pageSchema,
  personSchema,
  postSchema,
  postSummarySchema,
  siteSettingsSchema,
  treatmentSchema,
  treatmentSummarySchema,
  categorySchema,
} from '@/lib/content/schemas'
import {
  altTextAdvice,
  cellsMatchColumns,
  cellsNotBlank,
  crisisNoticeNamesHotlines,
  e164Phone,
  ianaTimeZone,
  kebabCaseSlug,
  metaDescriptionLimit,
  reviewDateNotInFuture,
  updatedNotBeforePublished,
  validateHref,
  validateWebUrl,
} from '@/sanity/validation'

const seedDir = path.join(process.cwd(), 'sanity', 'seed')
const file = path.join(seedDir, 'dataset.ndjson')
const text = readFileSync(file, 'utf8')
const rawDocs: DatasetDocument[] = text
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as DatasetDocument)
const { documents, problems } = parseNdjson(text, file, seedDir)

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Runs a site query as the English site does; the Spanish documents are checked in seed-translations.test.ts. */
const run = (query: string, params: Record<string, unknown> = {}) =>
  queryDocuments(documents, query, { language: 'en', ...params })

/** Every object in a tree with its path, for checks that apply wherever a thing appears. */
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

function expectParsed<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
  value: unknown,
  label: string,
): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`${label} fails its schema: ${JSON.stringify(result.error.issues, null, 2)}`)
  return result.data
}

describe('seed dataset as Sanity export NDJSON', () => {
  it('loads without problems and has unique ids and the system fields Sanity exports', () => {
    expect(problems).toEqual([])
    const ids = rawDocs.map((d) => d._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const doc of rawDocs) {
      expect(doc._id).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(doc._rev).toEqual(expect.any(String))
      const created = String(doc._createdAt)
      const updated = String(doc._updatedAt)
      expect(created).toMatch(/^2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      expect(updated).toMatch(/^2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      // Written by people before now: never updated before created, never in the future.
      expect(created <= updated && updated <= new Date().toISOString()).toBe(true)
    }
  })

  it('gives every array member object a _key that is unique within its array', () => {
    const bad: string[] = []
    for (const doc of rawDocs) {
      walk(doc, doc._id, (value, at, parentArray) => {
        if (!parentArray) return
        if (typeof value._key !== 'string' || value._key === '') bad.push(`${at}: missing _key`)
        else if (parentArray.filter((m) => isObject(m) && m._key === value._key).length > 1)
          bad.push(`${at}: duplicate _key ${value._key}`)
      })
    }
    expect(bad).toEqual([])
  })

  it('points every reference at an existing document of an allowed type', () => {
    const types = new Map(rawDocs.map((d) => [d._id, d._type]))
    const bad: string[] = []
    for (const doc of rawDocs) {
      walk(doc, doc._id, (value, at) => {
        if (value._type !== 'reference') return
        if (typeof value._ref !== 'string' || !types.has(value._ref)) bad.push(`${at} -> ${String(value._ref)}`)
      })
    }
    expect(bad).toEqual([])
    const internalTargets = rawDocs.flatMap((doc) => {
      const found: string[] = []
      walk(doc, doc._id, (value) => {
        if (value._type === 'internalLink' && isObject(value.reference))
          found.push(String(types.get(String(value.reference._ref))))
      })
      return found
    })
    expect(internalTargets.length).toBeGreaterThan(0)
    expect(internalTargets.every((t) => t === 'post' || t === 'treatment')).toBe(true)
  })

  it('references images in the export format, relative to the dataset file', () => {
    const assets: string[] = []
    for (const doc of rawDocs) {
      walk(doc, doc._id, (value, at) => {
        if (value._type !== 'image') return
        expect(`${at}: ${String(value._sanityAsset)}`).toMatch(/: image@file:\/\/\.\/images\/[a-z0-9-]+\.svg$/)
        expect(value.asset).toBeUndefined()
        expect(altTextAdvice(value.alt)).toBe(true)
        assets.push(String(value._sanityAsset).replace('image@file://./', ''))
      })
    }
    const files = readdirSync(path.join(seedDir, 'images'))
    expect(files.filter((f) => !assets.includes(`images/${f}`))).toEqual([]) // no orphans
    for (const name of files) {
      const svg = readFileSync(path.join(seedDir, 'images', name), 'utf8')
      expect(Buffer.byteLength(svg)).toBeLessThan(6 * 1024)
      expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/)
      expect(svg).not.toMatch(/<text|<image|<script/)
    }
  })

  it('writes Portable Text with valid styles, lists, marks and links', () => {
    const styles = ['normal', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']
    const decorators = ['strong', 'em', 'sup', 'sub']
    const bad: string[] = []
    for (const doc of rawDocs) {
      walk(doc, doc._id, (block, at) => {
        if (block._type !== 'block') return
        const markDefs = Array.isArray(block.markDefs) ? block.markDefs.filter(isObject) : []
        const defKeys = markDefs.map((d) => d._key)
        if (!styles.includes(String(block.style))) bad.push(`${at}: style ${String(block.style)}`)
        if (
          block.listItem !== undefined &&
          !(['bullet', 'number'].includes(String(block.listItem)) && Number(block.level) >= 1)
        )
          bad.push(`${at}: list`)
        const children = Array.isArray(block.children) ? block.children.filter(isObject) : []
        if (children.length === 0) bad.push(`${at}: no children`)
        for (const span of children) {
          const marks = Array.isArray(span.marks) ? span.marks : []
          if (span._type !== 'span' || typeof span.text !== 'string') bad.push(`${at}: bad span`)
          for (const mark of marks)
            if (!decorators.includes(String(mark)) && !defKeys.includes(mark))
              bad.push(`${at}: unknown mark ${String(mark)}`)
        }
        for (const def of markDefs) {
          if (def._type === 'link' && (validateHref(def.href) !== true || typeof def.openInNewTab !== 'boolean'))
            bad.push(`${at}: link ${String(def.href)}`)
          if (!children.some((s) => Array.isArray(s.marks) && s.marks.includes(def._key)))
            bad.push(`${at}: unused markDef`)
        }
      })
    }
    expect(bad).toEqual([])
  })

  it('passes the Studio validation rules that a Studio import would check', () => {
    const byType = (type: string) => rawDocs.filter((d) => d._type === type)
    for (const doc of rawDocs) {
      if (isObject(doc.slug)) expect([doc._id, kebabCaseSlug(doc.slug)]).toEqual([doc._id, true])
      if (isObject(doc.seo)) expect(metaDescriptionLimit(doc.seo.metaDescription)).toBe(true)
      if (isObject(doc.medicalReview)) expect(reviewDateNotInFuture(doc.medicalReview.lastReviewed)).toBe(true)
    }
    for (const post of byType('post')) expect(updatedNotBeforePublished(post.updatedAt, { document: post })).toBe(true)
    for (const table of byType('comparisonTable')) {
      for (const row of (table.rows as Json[]) ?? []) {
        expect(cellsMatchColumns(row.cells, { document: table })).toBe(true)
        expect(cellsNotBlank(row.cells)).toBe(true)
      }
    }
    for (const person of byType('person'))
      for (const link of (person.links as Json[]) ?? []) expect(validateWebUrl(link.url)).toBe(true)
    const [settings] = byType('siteSettings')
    expect(settings?._id).toBe('siteSettings')
    expect(crisisNoticeNamesHotlines(settings?.crisisNotice)).toBe(true)
    expect(isObject(settings?.phone) && e164Phone(settings.phone.e164)).toBe(true)
    expect(ianaTimeZone(settings?.timeZone)).toBe(true)
  })

  it('keeps medical claims modest', () => {
    expect(text).not.toMatch(/guarantee|miracle|100%|permanent(ly)? cure|cures (depression|anxiety|PTSD)/i)
    expect(text).toMatch(/FDA-approved as an anesthetic/)
    expect(text).toMatch(/off-label/)
    expect(text).toMatch(/Spravato/)
  })
})

describe('seed dataset through the site queries and schemas', () => {
  it('has valid site settings with the booking rules and crisis notice', async () => {
    const settings = expectParsed(siteSettingsSchema, await run(q.SITE_SETTINGS_QUERY), 'siteSettings')
    expect(settings.consultation).toEqual({ slotMinutes: 15, leadTimeHours: 2, horizonDays: 21, bufferMinutes: 0 })
    expect(settings.openingHours.map((h) => `${h.day} ${h.opens}-${h.closes}`)).toEqual([
      'monday 09:00-17:00',
      'tuesday 09:00-17:00',
      'wednesday 09:00-17:00',
      'thursday 09:00-17:00',
      'friday 09:00-17:00',
      'saturday 10:00-14:00',
    ])
    expect(settings.crisisNotice).toMatch(/988/)
    expect(settings.seo?.ogImage?.url).toMatch(/\.svg$/)
  })

  it('lists both treatments in order, each complete with FAQs, review and a closing call to action', async () => {
    const list = (await run(q.TREATMENTS_QUERY)) as unknown[]
    const summaries = list.map((t, i) => expectParsed(treatmentSummarySchema, t, `treatment ${i}`))
    expect(summaries.map((t) => t.slug)).toEqual(['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'])
    for (const { slug } of summaries) {
      const t = expectParsed(treatmentSchema, await run(q.TREATMENT_QUERY, { slug }), slug)
      expect(t.faqs.length).toBeGreaterThanOrEqual(3)
      expect(t.medicalReview.reviewer.credentials).toBe('MD')
      expect(t.body.at(-1)?._type).toBe('consultationCta')
      expect(t.body.filter((b) => b.style === 'h2').length).toBeGreaterThanOrEqual(3)
    }
  })

  it('has the IV vs. KAP comparison table with one cell per treatment in every row', async () => {
    const table = expectParsed(
      comparisonTableSchema,
      await run(q.COMPARISON_TABLE_QUERY, { slug: 'ketamine-iv-vs-kap' }),
      'table',
    )
    expect(table.columns.map((c) => c.slug)).toEqual(['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'])
    expect(table.rows.map((r) => r.criterion)).toEqual(
      expect.arrayContaining([
        'Primary goal',
        'How it is given',
        'Session length',
        'Therapy included',
        'Speed of relief',
        'Typical course',
        'Best suited for',
      ]),
    )
  })

  it('has at least 14 valid posts spread over 3 categories, each reviewed and with a subheading', async () => {
    const slugs = (await run(q.POST_SLUGS_QUERY)) as string[]
    expect(slugs.length).toBeGreaterThanOrEqual(14)
    // None is scheduled in the future, so every English post in the file is listed.
    expect(slugs).toHaveLength(rawDocs.filter((d) => d._type === 'post' && (d.language ?? 'en') === 'en').length)
    expect(slugs).toContain('ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy')
    const page = (await run(q.POSTS_PAGE_QUERY, { start: 0, end: 100 })) as unknown[]
    expect(page.map((p, i) => expectParsed(postSummarySchema, p, `summary ${i}`).slug).sort()).toEqual(
      [...slugs].sort(),
    )
    expect(new Set(page.map((p) => JSON.stringify((p as Json).mainImage))).size).toBeGreaterThanOrEqual(6)
    for (const slug of slugs) {
      const post = expectParsed(postSchema, await run(q.POST_QUERY, { slug }), slug)
      expect(post.publishedAt < '2026-11-20').toBe(true)
      expect(post.categories.length).toBeGreaterThanOrEqual(1)
      expect(post.body.some((b) => b.style === 'h2')).toBe(true)
    }
    const categories = ((await run(q.CATEGORIES_QUERY)) as unknown[]).map((c, i) =>
      expectParsed(categorySchema, c, `category ${i}`),
    )
    expect(categories).toHaveLength(3)
    for (const { slug } of categories)
      expect(((await run(q.POSTS_IN_CATEGORY_QUERY, { slug })) as unknown[]).length).toBeGreaterThanOrEqual(3)
  })

  it('makes the main article link both treatments and embed the table and a call to action', async () => {
    const post = expectParsed(
      postSchema,
      await run(q.POST_QUERY, { slug: 'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy' }),
      'main post',
    )
    const targets = post.body
      .flatMap((b) => (Array.isArray(b.markDefs) ? b.markDefs : []))
      .filter(isObject)
      .map((d) => d.target)
    expect(targets).toEqual(
      expect.arrayContaining([
        { _type: 'treatment', slug: 'ketamine-iv-therapy' },
        { _type: 'treatment', slug: 'ketamine-assisted-psychotherapy' },
      ]),
    )
    const embed = post.body.find((b) => b._type === 'comparisonTableEmbed')
    expectParsed(comparisonTableSchema, embed?.table, 'embedded table')
    expect(post.body.some((b) => b._type === 'consultationCta')).toBe(true)
    expect(post.categories).toHaveLength(2)
  })

  it('has the care team, with bios and portraits, and both authors with their posts', async () => {
    const people = ((await run(q.PEOPLE_QUERY)) as unknown[]).map((p, i) =>
      expectParsed(personSchema, p, `person ${i}`),
    )
    expect(people.map((p) => `${p.slug} ${p.credentials ?? p.role}`).sort()).toEqual([
      'daniel-okafor MD',
      'grace-nguyen RN',
      'lucia-herrera PMHNP-BC',
      'maya-ellison LMFT',
      'rosa-delgado staff',
    ])
    for (const person of people) {
      expect(person.photo?.width).toBe(600)
      expect(person.bio?.length).toBeGreaterThanOrEqual(2)
      expect(person.languages.length).toBeGreaterThanOrEqual(1)
      // Every clinician's licence, NPI and treatments survive the schema (nothing silently dropped).
      if (person.role === 'clinician') {
        expect(person.license).not.toBeNull()
        expect(person.treatments.length).toBeGreaterThanOrEqual(1)
      }
    }
    expect(people.filter((p) => p.npi !== null).map((p) => p.slug)).toEqual([
      'daniel-okafor',
      'lucia-herrera',
      'maya-ellison',
    ])
    expect(people.some((p) => p.role === 'clinician' && p.languages.includes('es'))).toBe(true)
    for (const author of ['daniel-okafor', 'maya-ellison']) {
      expect(((await run(q.POSTS_BY_AUTHOR_QUERY, { slug: author })) as unknown[]).length).toBeGreaterThanOrEqual(14)
    }
  })

  it('has a noindex style guide that uses every rich-text element, and a privacy notice', async () => {
    const guide = expectParsed(pageSchema, await run(q.PAGE_QUERY, { slug: 'style-guide' }), 'style-guide')
    expect(guide.seo?.noIndex).toBe(true)
    const blocks = guide.body
    const styles = new Set(blocks.map((b) => b.style))
    for (const style of ['normal', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']) expect(styles).toContain(style)
    expect(blocks.some((b) => b.listItem === 'bullet' && b.level === 2)).toBe(true)
    expect(blocks.some((b) => b.listItem === 'number')).toBe(true)
    const marks = new Set(
      blocks.flatMap((b) => (Array.isArray(b.children) ? b.children : [])).flatMap((s: Json) => s.marks as string[]),
    )
    for (const mark of ['strong', 'em', 'sup', 'sub']) expect(marks).toContain(mark)
    const defs = blocks.flatMap((b) => (Array.isArray(b.markDefs) ? b.markDefs : [])).filter(isObject)
    expect(
      defs.some((d) => d._type === 'link' && String(d.href).startsWith('https://') && d.openInNewTab === true),
    ).toBe(true)
    expect(defs.some((d) => String(d.href).startsWith('mailto:'))).toBe(true)
    expect(defs.some((d) => String(d.href).startsWith('tel:'))).toBe(true)
    const targetTypes = defs.filter((d) => d._type === 'internalLink').map((d) => (d.target as Json | null)?._type)
    expect(targetTypes).toEqual(expect.arrayContaining(['post', 'treatment']))
    const image = blocks.find((b) => b._type === 'image')
    expect(image).toMatchObject({
      alt: expect.any(String),
      caption: expect.any(String),
      url: expect.any(String),
      width: 1200,
      height: 675,
    })
    expect(blocks.find((b) => b._type === 'comparisonTableEmbed')?.table).toMatchObject({ slug: 'ketamine-iv-vs-kap' })
    expect(blocks.some((b) => b._type === 'consultationCta')).toBe(true)

    const privacy = expectParsed(pageSchema, await run(q.PAGE_QUERY, { slug: 'privacy' }), 'privacy')
    const words = JSON.stringify(privacy.body)
    for (const fact of ['180 days', 'advertisers', '988', '911', 'delete']) expect(words).toContain(fact)
  })

  it('resolves every internal link and embedded table in every body', async () => {
    const bodies = (await run(`{
      "treatments": *[_type == "treatment"]{_id, body[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current}}}, _type == "comparisonTableEmbed" => {"table": table->_id}}},
      "posts": *[_type == "post"]{_id, body[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current}}}, _type == "comparisonTableEmbed" => {"table": table->_id}}},
      "pages": *[_type == "page"]{_id, body[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current}}}, _type == "comparisonTableEmbed" => {"table": table->_id}}}
    }`)) as Record<string, { _id: string; body: Json[] }[]>
    const broken: string[] = []
    let links = 0
    for (const doc of Object.values(bodies).flat()) {
      for (const block of doc.body) {
        if (block._type === 'comparisonTableEmbed' && typeof block.table !== 'string') broken.push(`${doc._id}: table`)
        for (const def of (Array.isArray(block.markDefs) ? block.markDefs : []).filter(isObject)) {
          if (def._type !== 'internalLink') continue
          links++
          const target = def.target
          if (!isObject(target) || typeof target.slug !== 'string') broken.push(`${doc._id}: ${String(def._key)}`)
        }
      }
    }
    expect(broken).toEqual([])
    expect(links).toBeGreaterThanOrEqual(10)
  })
})
