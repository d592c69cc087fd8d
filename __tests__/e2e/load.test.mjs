// Bounded load (loopback only, 200 requests, each with a timeout): 200 concurrent bookings
// over 20 free slots. The database must decide: exactly 20 bookings, 180 clean 409s, no 5xx,
// and no slot stored twice or lost.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { baseUrl, url } from './helpers.mjs'

const SLOTS = 20
const PER_SLOT = 10
const TIME_ZONE = 'America/New_York'

assert.ok(
  ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(baseUrl).hostname),
  'the load test only runs against loopback',
)

/** @typedef {{ start: string, end: string }} Slot */

/** @returns {Promise<Slot[]>} */
async function freeSlots() {
  const response = await fetch(url(`/api/consultation-slots?days=21&tz=${encodeURIComponent(TIME_ZONE)}`), {
    signal: AbortSignal.timeout(15_000),
  })
  assert.equal(response.status, 200)
  return (await response.json()).slots
}

/**
 * Every other free slot: starts at least two slot lengths apart, so a buffer cannot make neighbours clash.
 * @param {Slot[]} slots
 */
function pickSlots(slots) {
  /** @type {string[]} */
  const picked = []
  let lastEnd = 0
  for (const slot of slots) {
    const start = Date.parse(slot.start)
    if (start >= lastEnd + (Date.parse(slot.end) - start)) {
      picked.push(slot.start)
      lastEnd = Date.parse(slot.end)
    }
    if (picked.length === SLOTS) break
  }
  return picked
}

/**
 * @param {string[]} slotStarts
 * @returns {Promise<{ slot_start: Date, n: number, refs: string[] }[]>}
 */
async function rowsFor(slotStarts) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT slot_start, count(*)::int AS n, array_agg(reference) AS refs FROM bookings
        WHERE slot_start = ANY($1::timestamptz[]) AND status <> 'cancelled' GROUP BY slot_start`,
      [slotStarts],
    )
    return rows
  } finally {
    await client.end()
  }
}

test(
  `${SLOTS * PER_SLOT} concurrent bookings over ${SLOTS} slots: ${SLOTS} booked, the rest 409, no 5xx`,
  { timeout: 120_000 },
  async () => {
    const slots = pickSlots(await freeSlots())
    assert.equal(slots.length, SLOTS, 'not enough free slots to run the test')

    // Each request comes from its own (documentation-range) address, so the per-client rate
    // limit does not answer for the database.
    const requests = []
    for (let i = 0; i < SLOTS * PER_SLOT; i++) {
      const slotStart = slots[i % SLOTS]
      const body = {
        name: `Load Test ${i}`,
        phone: `+1212555${String(1000 + i).padStart(4, '0')}`,
        slotStart,
        timeZone: TIME_ZONE,
        consent: true,
      }
      requests.push(
        fetch(url('/api/consultations'), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        }).then(async (response) => ({
          slotStart,
          status: response.status,
          body: await response.json().catch(() => null),
        })),
      )
    }
    const results = await Promise.all(requests)

    /** @type {Record<string, typeof results>} */
    const byStatus = {}
    for (const result of results) (byStatus[result.status] ??= []).push(result)
    const counts = Object.fromEntries(Object.entries(byStatus).map(([status, list]) => [status, list.length]))
    assert.deepEqual(
      counts,
      { 201: SLOTS, 409: SLOTS * (PER_SLOT - 1) },
      `answers by status: ${JSON.stringify(counts)}`,
    )

    const booked = byStatus['201'] ?? []
    assert.deepEqual(new Set(booked.map((r) => r.slotStart)), new Set(slots), 'one booking per slot')
    const references = booked.map((r) => r.body?.reference)
    assert.ok(references.every((ref) => typeof ref === 'string' && /^[0-9A-Z]{10}$/.test(ref)))
    assert.equal(new Set(references).size, SLOTS, 'references are unique')
    for (const conflict of byStatus['409'] ?? [])
      assert.ok(conflict.body?.errors?.slotStart?.length > 0, 'a 409 says the slot was taken')

    // None of the 20 is offered any more.
    const stillFree = new Set((await freeSlots()).map((s) => s.start))
    assert.deepEqual(
      slots.filter((s) => stillFree.has(s)),
      [],
    )

    // With PostgreSQL (CI) read the table itself: exactly one row per slot, the one we were told.
    if (process.env.DATABASE_URL) {
      const rows = await rowsFor(slots)
      assert.equal(rows.length, SLOTS, 'every slot has a row')
      assert.ok(
        rows.every((row) => row.n === 1),
        'no slot is stored twice',
      )
      assert.deepEqual(
        new Set(rows.flatMap((row) => row.refs)),
        new Set(references),
        'the stored rows are the bookings we were told about',
      )
    }
  },
)
