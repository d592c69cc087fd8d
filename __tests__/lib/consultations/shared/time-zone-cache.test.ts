/**
 * The formatter caches are keyed by a zone that a request chooses (`?tz=`). Intl accepts any
 * letter case, so before these rules 20,000 spellings of one zone were 20,000 cached formatters.
 */
import { dateTimeFormat, timeZoneLabel } from '@/lib/consultations/shared/format'
import { createLruCache } from '@/lib/consultations/shared/lru-cache'
import { canonicalTimeZone, isValidTimeZone, toWallTime, zoneFormatter } from '@/lib/consultations/shared/time-zone'

/** Every mix of upper and lower case of `zone`, up to `limit` of them. */
function spellings(zone: string, limit: number): string[] {
  const letters = [...zone].map((char, index) => ({ char, index })).filter(({ char }) => /[a-z]/i.test(char))
  const out: string[] = []
  for (let mask = 0; mask < 2 ** letters.length && out.length < limit; mask += 1) {
    const chars = [...zone.toLowerCase()]
    letters.forEach(({ index }, bit) => {
      if (mask & (2 ** bit)) chars[index] = (chars[index] ?? '').toUpperCase()
    })
    out.push(chars.join(''))
  }
  return out
}

describe('canonicalTimeZone', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/NEW_york', 'America/New_York'],
    ['AMERICA/CHICAGO', 'America/Chicago'],
    ['utc', 'UTC'],
  ])('names %s as %s', (given, canonical) => {
    expect(canonicalTimeZone(given)).toBe(canonical)
  })

  it.each([[''], ['Not/AZone'], [`America/${'x'.repeat(80)}`]])('refuses %p', (given) => {
    expect(canonicalTimeZone(given)).toBeNull()
    expect(isValidTimeZone(given)).toBe(false)
  })
})

describe('formatter caches', () => {
  it('share one formatter between every spelling of a zone', () => {
    const canonical = zoneFormatter('America/New_York')
    for (const spelling of spellings('America/New_York', 2000)) expect(zoneFormatter(spelling)).toBe(canonical)
    const label = dateTimeFormat('America/New_York', { weekday: 'short' })
    for (const spelling of spellings('America/New_York', 500)) {
      expect(dateTimeFormat(spelling, { weekday: 'short' })).toBe(label)
    }
  })

  it('stay bounded when a client walks through every real zone', () => {
    const zones = Intl.supportedValuesOf('timeZone')
    const first = zoneFormatter('America/New_York')
    const firstLabel = dateTimeFormat('America/New_York', { weekday: 'short' })
    for (const zone of zones) {
      zoneFormatter(zone)
      dateTimeFormat(zone, { weekday: 'short' })
    }
    // Evicted (a fresh one is built): the caches did not keep all of them.
    expect(zoneFormatter('America/New_York')).not.toBe(first)
    expect(dateTimeFormat('America/New_York', { weekday: 'short' })).not.toBe(firstLabel)
  })

  it('still convert and label correctly under any spelling', () => {
    const instant = Date.UTC(2026, 5, 10, 12, 0)
    expect(toWallTime(instant, 'america/new_york')).toEqual(toWallTime(instant, 'America/New_York'))
    expect(timeZoneLabel('america/new_york', new Date(instant))).toBe('Eastern Time (New York)')
    expect(() => toWallTime(instant, 'Not/AZone')).toThrow(RangeError)
  })
})

describe('createLruCache', () => {
  it('keeps the most recently used entries up to its size', () => {
    const cache = createLruCache<number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1) // "a" is now the most recent
    cache.set('c', 3)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(1)
    expect(cache.get('c')).toBe(3)
    expect(cache.size).toBe(2)
  })
})
