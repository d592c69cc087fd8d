import { parseBookingConfig } from '@/lib/consultations/server/config'

describe('parseBookingConfig', () => {
  it('defaults to embedded PGlite in .data/pglite with a modest rate limit, no cancel links, six years of access log', () => {
    expect(parseBookingConfig({})).toEqual({
      DATABASE_URL: undefined,
      BOOKINGS_DATA_DIR: '.data/pglite',
      BOOKINGS_RETENTION_DAYS: 180,
      RATE_LIMIT_MAX: 10,
      RATE_LIMIT_WINDOW_SECONDS: 600,
      SLOTS_RATE_LIMIT_PER_MINUTE: 60,
      CONTACT_RATE_LIMIT_PER_DAY: 3,
      BOOKING_TOKEN_SECRET: undefined,
      STAFF_ACCESS_LOG_RETENTION_DAYS: 2190,
    })
  })

  it('reads a PostgreSQL URL and numbers from strings; blank means unset', () => {
    const config = parseBookingConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      RATE_LIMIT_MAX: '25',
      BOOKINGS_DATA_DIR: '',
      BOOKING_TOKEN_SECRET: '',
      STAFF_ACCESS_LOG_RETENTION_DAYS: '365',
    })
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test')
    expect(config.RATE_LIMIT_MAX).toBe(25)
    expect(config.BOOKINGS_DATA_DIR).toBe('.data/pglite')
    expect(config.BOOKING_TOKEN_SECRET).toBeUndefined()
    expect(config.STAFF_ACCESS_LOG_RETENTION_DAYS).toBe(365)
    expect(parseBookingConfig({ BOOKING_TOKEN_SECRET: 't'.repeat(32) }).BOOKING_TOKEN_SECRET).toBe('t'.repeat(32))
  })

  it('names every bad key in one error', () => {
    expect(() =>
      parseBookingConfig({
        DATABASE_URL: 'mysql://x',
        RATE_LIMIT_MAX: 'lots',
        BOOKINGS_RETENTION_DAYS: '0',
        BOOKING_TOKEN_SECRET: 'short',
        STAFF_ACCESS_LOG_RETENTION_DAYS: '1',
      }),
    ).toThrow(
      /DATABASE_URL[\s\S]*BOOKINGS_RETENTION_DAYS[\s\S]*RATE_LIMIT_MAX[\s\S]*BOOKING_TOKEN_SECRET[\s\S]*STAFF_ACCESS_LOG_RETENTION_DAYS/,
    )
  })
})
