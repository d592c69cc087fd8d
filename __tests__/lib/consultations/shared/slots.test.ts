import {
  checkSlotStart,
  clashes,
  dayWindow,
  generateSlots,
  offeredSlots,
  type SlotSettings,
} from '@/lib/consultations/shared/slots'
import { parseIsoDate, toWallTime, wallTimeToInstant } from '@/lib/consultations/shared/time-zone'
import { weekdays, type Weekday } from '@/lib/content/schemas'

function settings(
  overrides: Partial<SlotSettings['consultation']> & {
    timeZone?: string
    days?: Weekday[]
    opens?: string
    closes?: string
  } = {},
): SlotSettings {
  const {
    timeZone = 'America/New_York',
    days = [...weekdays],
    opens = '09:00',
    closes = '17:00',
    ...consultation
  } = overrides
  return {
    timeZone,
    openingHours: days.map((day) => ({ day, opens, closes })),
    consultation: { slotMinutes: 15, leadTimeHours: 0, horizonDays: 400, bufferMinutes: 0, ...consultation },
  }
}

const date = (iso: string) => {
  const parsed = parseIsoDate(iso)
  if (!parsed) throw new Error(`bad date ${iso}`)
  return parsed
}

// A fixed clock well before the days under test, so lead time and horizon don't interfere.
const EARLY = new Date('2026-01-01T00:00:00Z')

function slotsOn(day: string, s: SlotSettings, now = EARLY, taken: { start: Date; end: Date }[] = []) {
  return generateSlots({ settings: s, now, window: dayWindow(date(day), 1, s.timeZone), taken })
}

const localTimes = (slots: { start: Date }[], tz: string) =>
  slots.map((slot) => {
    const w = toWallTime(slot.start, tz)
    return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`
  })

describe('time zone conversion', () => {
  it('reads a skipped wall time forward and a repeated one as the earlier instant', () => {
    const skipped = wallTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')
    expect(skipped.toISOString()).toBe('2026-03-08T07:30:00.000Z') // 03:30 EDT
    const repeated = wallTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')
    expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z') // 01:30 EDT, not EST
  })

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull()
    expect(parseIsoDate('2026-2-3')).toBeNull()
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
  })
})

describe('generateSlots: opening hours', () => {
  it('gives 32 fifteen-minute slots for a 09:00-17:00 day, in UTC', () => {
    const slots = slotsOn('2026-06-10', settings())
    expect(slots).toHaveLength(32)
    expect(slots[0]?.start.toISOString()).toBe('2026-06-10T13:00:00.000Z')
    expect(slots[31]?.end.toISOString()).toBe('2026-06-10T21:00:00.000Z')
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 15 * 60_000)).toBe(true)
  })

  it('offers nothing on a day without opening hours', () => {
    const s = settings({ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] })
    expect(slotsOn('2026-06-13', s)).toEqual([]) // a Saturday
    expect(slotsOn('2026-06-12', s)).toHaveLength(32) // a Friday
  })

  it('drops a last slot that would run past closing and supports split days', () => {
    const s: SlotSettings = {
      ...settings(),
      openingHours: [
        { day: 'wednesday', opens: '09:00', closes: '10:10' },
        { day: 'wednesday', opens: '14:00', closes: '15:00' },
      ],
    }
    expect(localTimes(slotsOn('2026-06-10', s), s.timeZone)).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '14:00',
      '14:15',
      '14:30',
      '14:45',
    ])
  })

  it('returns days in the patient zone but hours in the clinic zone', () => {
    const s = settings({ timeZone: 'America/New_York' })
    // 2026-06-10 in Tokyo is 2026-06-09 11:00 to 2026-06-10 11:00 New York time.
    const slots = generateSlots({
      settings: s,
      now: EARLY,
      window: dayWindow(date('2026-06-10'), 1, 'Asia/Tokyo'),
      taken: [],
    })
    expect(localTimes(slots, 'America/New_York')).toEqual([
      ...localTimes(slotsOn('2026-06-09', s), s.timeZone).filter((t) => t >= '11:00'),
      ...localTimes(slotsOn('2026-06-10', s), s.timeZone).filter((t) => t < '11:00'),
    ])
    expect(slots).toHaveLength(32)
  })
})

describe('generateSlots: lead time and horizon', () => {
  it('hides slots that start before now plus the lead time', () => {
    const now = new Date('2026-06-10T14:05:00Z') // 10:05 in New York
    const slots = slotsOn('2026-06-10', settings({ leadTimeHours: 2 }), now)
    expect(localTimes(slots, 'America/New_York')[0]).toBe('12:15')
    expect(slots).toHaveLength(19)
  })

  it('never offers a slot in the past even with no lead time', () => {
    const now = new Date('2026-06-10T14:05:00Z')
    expect(localTimes(slotsOn('2026-06-10', settings(), now), 'America/New_York')[0]).toBe('10:15')
  })

  it('offers horizonDays calendar days, today included, in the clinic zone', () => {
    const s = settings({ horizonDays: 3 })
    const now = new Date('2026-06-10T03:00:00Z') // 23:00 on 9 June in New York
    const slots = generateSlots({ settings: s, now, window: dayWindow(date('2026-06-01'), 30, s.timeZone), taken: [] })
    const days = new Set(slots.map((slot) => toWallTime(slot.start, s.timeZone).day))
    expect([...days]).toEqual([10, 11]) // 9 (today, closed by now), 10, 11; 12 is past the horizon
  })
})

describe('generateSlots: bookings and buffer', () => {
  const booking = (iso: string) => ({ start: new Date(iso), end: new Date(new Date(iso).getTime() + 15 * 60_000) })

  it('removes exactly the taken slot without a buffer', () => {
    const slots = slotsOn('2026-06-10', settings(), EARLY, [booking('2026-06-10T14:00:00Z')])
    expect(slots).toHaveLength(31)
    expect(localTimes(slots, 'America/New_York')).not.toContain('10:00')
    expect(localTimes(slots, 'America/New_York')).toContain('09:45')
    expect(localTimes(slots, 'America/New_York')).toContain('10:15')
  })

  it('keeps bufferMinutes free either side of a booking', () => {
    const slots = slotsOn('2026-06-10', settings({ bufferMinutes: 10 }), EARLY, [booking('2026-06-10T14:00:00Z')])
    const times = localTimes(slots, 'America/New_York')
    expect(times).not.toContain('09:45')
    expect(times).not.toContain('10:00')
    expect(times).not.toContain('10:15')
    expect(times).toContain('09:30')
    expect(times).toContain('10:30')
    expect(slots).toHaveLength(29)
  })

  it('treats a gap of exactly the buffer as no clash', () => {
    const a = booking('2026-06-10T14:00:00Z')
    expect(clashes(a, booking('2026-06-10T14:25:00Z'), 10)).toBe(false)
    expect(clashes(a, booking('2026-06-10T14:24:00Z'), 10)).toBe(true)
    expect(clashes(a, booking('2026-06-10T14:15:00Z'), 0)).toBe(false)
  })
})

describe('generateSlots: daylight-saving switches', () => {
  const cases = [
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/London', '2026-03-29', 23],
    ['Europe/London', '2026-10-25', 25],
  ] as const

  it.each(cases)('%s on %s: 09:00-17:00 still gives 32 slots at the right instants', (tz, day) => {
    const s = settings({ timeZone: tz })
    const slots = slotsOn(day, s)
    expect(slots).toHaveLength(32)
    expect(localTimes(slots, tz)[0]).toBe('09:00')
    expect(localTimes(slots, tz)[31]).toBe('16:45')
    expect(new Set(slots.map((x) => x.start.getTime())).size).toBe(32)
  })

  it.each(cases)('%s on %s: a day is %i hours long, and the day window follows it', (tz, day, hours) => {
    const window = dayWindow(date(day), 1, tz)
    expect(window.end.getTime() - window.start.getTime()).toBe(hours * 3_600_000)
  })

  it.each(cases)('%s on %s: hours spanning the switch give one slot per real 15 minutes', (tz, day, hours) => {
    const s = settings({ timeZone: tz, opens: '00:00', closes: '23:45' })
    const slots = slotsOn(day, s)
    const realMinutes = (hours - 24) * 60 + 23 * 60 + 45
    expect(slots).toHaveLength(realMinutes / 15)
    for (let i = 1; i < slots.length; i += 1) {
      expect(slots[i]?.start.getTime()).toBe((slots[i - 1]?.start.getTime() ?? 0) + 15 * 60_000)
    }
  })

  it('spring forward in New York shows no 02:xx times', () => {
    const s = settings({ opens: '00:00', closes: '04:00' })
    const times = localTimes(slotsOn('2026-03-08', s), 'America/New_York')
    expect(times).toHaveLength(12)
    expect(times.some((t) => t.startsWith('02:'))).toBe(false)
  })

  it('fall back in London shows the repeated hour twice, as distinct instants', () => {
    const s = settings({ timeZone: 'Europe/London', opens: '00:00', closes: '03:00' })
    const slots = slotsOn('2026-10-25', s)
    const times = localTimes(slots, 'Europe/London')
    expect(slots).toHaveLength(16)
    expect(times.filter((t) => t === '01:15')).toHaveLength(2)
  })
})

describe('checkSlotStart', () => {
  const s = settings({ leadTimeHours: 2, horizonDays: 14 })
  const now = new Date('2026-06-10T14:05:00Z')

  it.each([
    ['2026-06-10T18:00:00Z', 'ok'],
    ['2026-06-10T18:00:00.000+00:00', 'ok'],
    ['2026-06-10T13:00:00Z', 'past'],
    ['2026-06-10T15:00:00Z', 'too-soon'],
    ['2026-06-10T18:05:00Z', 'not-offered'], // off the 15-minute grid
    ['2026-06-10T22:00:00Z', 'not-offered'], // 18:00, after closing
    ['2026-06-11T06:00:00Z', 'not-offered'], // 02:00 at night
    ['2026-06-30T14:00:00Z', 'too-far'],
  ])('%s is %s', (iso, expected) => {
    expect(checkSlotStart(s, now, new Date(iso))).toBe(expected)
  })

  it('agrees with offeredSlots on a switch day', () => {
    const tz = 'Europe/London'
    const london = settings({ timeZone: tz })
    for (const slot of offeredSlots(london, dayWindow(date('2026-03-29'), 1, tz))) {
      expect(checkSlotStart(london, EARLY, slot.start)).toBe('ok')
    }
  })
})
