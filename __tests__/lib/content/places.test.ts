/**
 * Locations and the price list, read the way the pages read them: the real GROQ queries over the
 * seed dataset (groq-js), through the same validation boundary (fetchList / fetchOne). A broken
 * document is added to the seed to prove it is skipped, not a 500.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fetchList, fetchOne } from '@/lib/content/fetch'
import { applyPerspective, parseNdjson, queryDocuments, type DatasetDocument } from '@/lib/content/local-dataset'
import { LOCATION_QUERY, LOCATIONS_QUERY, PRICE_LIST_QUERY } from '@/lib/content/queries'
import { locationSchema, priceItemSchema, priceListSchema } from '@/lib/content/schemas'
import type { ContentFetcher } from '@/lib/content/source'

const seedDir = path.join(process.cwd(), 'sanity', 'seed')
const file = path.join(seedDir, 'dataset.ndjson')
const seed = applyPerspective(parseNdjson(readFileSync(file, 'utf8'), file, seedDir).documents, 'published')
const byId = (id: string): DatasetDocument => {
  const doc = seed.find((d) => d._id === id)
  if (!doc) throw new Error(`seed has no ${id}`)
  return doc
}

/** A fetcher over the seed plus `extra` documents (replacing seed documents with the same _id). */
const over =
  (...extra: DatasetDocument[]): ContentFetcher =>
  (query, params) => {
    const ids = new Set(extra.map((d) => d._id))
    return queryDocuments([...seed.filter((d) => !ids.has(d._id)), ...extra], query, params)
  }

const locations = (fetcher: ContentFetcher) =>
  fetchList({ query: LOCATIONS_QUERY, schema: locationSchema, tags: ['location'] }, fetcher)
const location = (slug: string, fetcher: ContentFetcher) =>
  fetchOne({ query: LOCATION_QUERY, params: { slug }, schema: locationSchema, tags: ['location'] }, fetcher)
const priceList = (fetcher: ContentFetcher) =>
  fetchOne({ query: PRICE_LIST_QUERY, schema: priceListSchema, tags: ['priceList'] }, fetcher)

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => warn.mockRestore())

describe('locations from the seed', () => {
  it('lists Portland first, then the second Oregon site, each complete', async () => {
    const list = await locations(over())
    expect(list.map((l) => l.slug)).toEqual(['portland-division', 'beaverton'])
    const [portland, second] = list
    expect(portland?.address).toMatchObject({ street: '2140 SE Division Street, Suite 200', postalCode: '97202' })
    expect(second?.address.region).toBe('OR')
    for (const l of list) {
      expect(l.phone.e164).toMatch(/^\+1503555\d{4}$/)
      expect(l.photo.url).toMatch(/\.svg$/)
      expect(l.photo.alt.length).toBeGreaterThan(10)
      expect(l.openingHours.length).toBeGreaterThan(0)
      expect(l.stepFreeAccess).toMatch(/step-free|steps/i)
      expect(l.services.length).toBeGreaterThan(0)
    }
    expect(portland?.services.map((s) => s.slug)).toEqual(['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'])
    expect(warn).not.toHaveBeenCalled()
  })

  it('skips a broken location in the list, logging its _id, and keeps the others', async () => {
    const broken = { ...byId('location-beaverton'), phone: { display: '(503) 555-0163', e164: '503-555-0163' } }
    const list = await locations(over(broken))
    expect(list.map((l) => l.slug)).toEqual(['portland-division'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(warn.mock.calls[0])).toContain('location-beaverton')
  })

  it('treats a broken location page as not found (a 404, not a 500)', async () => {
    const { address: _address, ...withoutAddress } = byId('location-beaverton')
    expect(await location('beaverton', over(withoutAddress))).toBeNull()
    expect(await location('portland-division', over(withoutAddress))).not.toBeNull()
    expect(await location('nowhere', over())).toBeNull()
  })

  it('leaves out a service whose treatment is unpublished instead of failing the page', async () => {
    const portland = byId('location-portland-division')
    const withGhost = {
      ...portland,
      services: [...(portland.services as unknown[]), { _key: 'ghost', _type: 'reference', _ref: 'treatment-gone' }],
    }
    const found = await location('portland-division', over(withGhost))
    expect(found?.services.map((s) => s.slug)).toEqual(['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'])
  })
})

describe('price list from the seed', () => {
  it('has dated example prices, payment notes and the Good Faith Estimate notice', async () => {
    const list = await priceList(over())
    expect(list?.pricesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(list?.prices.length).toBeGreaterThanOrEqual(4)
    expect(list?.prices.some((p) => p.unit === 'series')).toBe(true)
    expect(list?.prices.some((p) => p.treatment?.slug === 'ketamine-iv-therapy')).toBe(true)
    const notice = JSON.stringify(list?.goodFaithEstimate)
    expect(notice).toContain('$400')
    expect(notice).toContain('120 calendar days')
    expect(notice).toContain('1-800-985-3059')
    expect(JSON.stringify(list?.paymentNotes)).toMatch(/superbill/i)
    expect(JSON.stringify(list?.paymentNotes)).toMatch(/HSA/)
  })

  it('is not found (the page 404s) when a price row runs backwards', async () => {
    const doc = byId('priceList')
    const prices = doc.prices as Record<string, unknown>[]
    const backwards = { ...doc, prices: [{ ...prices[2], priceFrom: 600, priceTo: 500 }] }
    expect(await priceList(over(backwards))).toBeNull()
    expect(JSON.stringify(warn.mock.calls[0])).toContain('priceList')
  })

  it('accepts a single price or a rising range, and only the known units', () => {
    const row = { _key: 'k', service: 'Evaluation', priceFrom: 350, unit: 'once', includes: 'A visit.' }
    expect(priceItemSchema.safeParse(row).success).toBe(true)
    expect(priceItemSchema.safeParse({ ...row, priceTo: 450 }).success).toBe(true)
    expect(priceItemSchema.safeParse({ ...row, priceTo: 350 }).success).toBe(false)
    expect(priceItemSchema.safeParse({ ...row, unit: 'month' }).success).toBe(false)
    expect(priceItemSchema.safeParse({ ...row, priceFrom: 12.5 }).success).toBe(false)
  })
})
