import { formatClock, openingHoursRows, timeZoneLabel } from '@/components/site/opening-hours'

describe('formatClock', () => {
  it.each([
    ['09:00', '9 AM'],
    ['13:30', '1:30 PM'],
    ['12:00', '12 PM'],
    ['00:15', '12:15 AM'],
    ['23:59', '11:59 PM'],
  ])('%s -> %s', (input, expected) => {
    expect(formatClock(input)).toBe(expected)
  })
})

describe('openingHoursRows', () => {
  const rows = openingHoursRows([
    { _key: 'b', day: 'wednesday', opens: '13:30', closes: '18:00' },
    { _key: 'a', day: 'wednesday', opens: '08:00', closes: '12:00' },
    { _key: 'c', day: 'monday', opens: '09:00', closes: '17:00' },
  ])

  it('lists all seven days, Monday first', () => {
    expect(rows.map((row) => row.label)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
  })

  it('treats a missing day as closed (no ranges)', () => {
    expect(rows.find((row) => row.day === 'tuesday')?.ranges).toEqual([])
  })

  it('orders several ranges on one day by opening time', () => {
    expect(rows.find((row) => row.day === 'wednesday')?.ranges).toEqual(['8 AM – 12 PM', '1:30 PM – 6 PM'])
  })
})

describe('timeZoneLabel', () => {
  it('gives the generic name patients know', () => {
    expect(timeZoneLabel('America/Los_Angeles')).toBe('Pacific Time')
    expect(timeZoneLabel('America/New_York')).toBe('Eastern Time')
  })

  it('falls back to the IANA id when the zone is unknown', () => {
    expect(timeZoneLabel('Not/AZone')).toBe('Not/AZone')
  })
})
