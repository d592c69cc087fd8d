import {
  isFreshSignature,
  planRevalidation,
  SIGNATURE_MAX_AGE_MS,
  signatureTimestamp,
  webhookBodySchema,
} from '@/lib/content/revalidate'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CONTENT_TYPES, DEPENDS_ON } from '@/lib/content/tags'

const change = (body: Record<string, unknown>) => planRevalidation(webhookBodySchema.parse(body))

describe('planRevalidation: the tags a changed document expires', () => {
  it.each([
    ['treatment', 'ketamine-iv-therapy'],
    ['comparisonTable', 'ketamine-iv-vs-kap'],
    ['post', 'how-ketamine-works-in-the-brain'],
    ['person', 'maya-ellison'],
    ['category', 'mental-health'],
    ['page', 'privacy'],
  ])('%s: its type (page, listings, sitemap) and its own page', (type, slug) => {
    expect(change({ _id: `${type}-1`, _type: type, slug })).toEqual({ tags: [type, `${type}:${slug}`] })
  })

  it('siteSettings (no slug): the type tag every page carries', () => {
    expect(change({ _id: 'siteSettings', _type: 'siteSettings' })).toEqual({ tags: ['siteSettings'] })
  })

  it('a renamed document also expires its old page', () => {
    expect(change({ _id: 'post-1', _type: 'post', slug: 'new-title', previousSlug: 'old-title' }).tags).toEqual([
      'post',
      'post:new-title',
      'post:old-title',
    ])
  })

  it('does not repeat a tag when the slug did not change', () => {
    expect(change({ _id: 'post-1', _type: 'post', slug: 'same', previousSlug: 'same' }).tags).toEqual([
      'post',
      'post:same',
    ])
  })

  it('accepts a whole document, where the slug is {current}', () => {
    expect(change({ _id: 'treatment-1', _type: 'treatment', slug: { _type: 'slug', current: 'kap' } }).tags).toEqual([
      'treatment',
      'treatment:kap',
    ])
  })

  it('treats empty and null slugs as absent', () => {
    expect(change({ _id: 'post-1', _type: 'post', slug: '', previousSlug: null }).tags).toEqual(['post'])
  })

  it('skips drafts: published pages did not change', () => {
    const plan = change({ _id: 'drafts.post-1', _type: 'post', slug: 'x' })
    expect(plan.tags).toEqual([])
    expect(plan.skipped).toMatch(/draft/)
  })

  it.each(['redirect', 'sanity.imageAsset', 'somethingNew'])(
    'skips %s documents, which no cached fetch reads',
    (type) => {
      const plan = change({ _id: 'x', _type: type })
      expect(plan.tags).toEqual([])
      expect(plan.skipped).toContain(type)
    },
  )

  it('every content type it tags is read by at least one query (so its tag reaches pages)', () => {
    const readTypes = new Set<string>(Object.values(DEPENDS_ON).flat())
    expect(CONTENT_TYPES.filter((type) => !readTypes.has(type))).toEqual([])
  })

  it('the webhook filter the README tells editors to set up names exactly these types', () => {
    const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8')
    const filter = /filter `_type in \[([^\]]*)\]`/.exec(readme)?.[1]
    expect(filter?.split(',').map((type) => JSON.parse(type.trim()))).toEqual([...CONTENT_TYPES])
  })
})

describe('webhookBodySchema', () => {
  it.each([
    [{}],
    [{ _id: 'x' }],
    [{ _type: 'post' }],
    [{ _id: '', _type: 'post' }],
    [{ _id: 1, _type: 'post' }],
    [null],
    ['post'],
  ])('refuses %p', (body) => {
    expect(webhookBodySchema.safeParse(body).success).toBe(false)
  })
})

describe('signature timestamps', () => {
  const now = 1_760_000_000_000

  it('reads the millisecond timestamp of a Sanity signature header', () => {
    expect(signatureTimestamp(`t=${now},v1=abc-_123`)).toBe(now)
  })

  it.each(['', 'v1=abc', 't=abc,v1=def', `t=${now}`, `t=${now},v2=abc`])('returns null for %p', (header) => {
    expect(signatureTimestamp(header)).toBeNull()
  })

  it('accepts a recent signature and refuses an old or future one', () => {
    expect(isFreshSignature(now - 1000, now)).toBe(true)
    expect(isFreshSignature(now - SIGNATURE_MAX_AGE_MS, now)).toBe(true)
    expect(isFreshSignature(now - SIGNATURE_MAX_AGE_MS - 1, now)).toBe(false)
    expect(isFreshSignature(now + SIGNATURE_MAX_AGE_MS + 1, now)).toBe(false)
  })
})
