/**
 * The one retention schedule: a run when the server starts and every six hours, once per
 * process, never during `next build`; a failed run is logged without details and retried later.
 */
import type { Queryable, QueryResult } from '@/lib/consultations/server/db'
import {
  PURGE_EVERY_MS,
  retentionPolicy,
  runRetentionPurge,
  startRetentionSchedule,
} from '@/lib/consultations/server/retention'
import { parseBookingConfig } from '@/lib/consultations/server/config'
import { forgetProcessSingleton } from '@/lib/process-singleton'

type Retention = typeof import('@/lib/consultations/server/retention')

/** A fresh copy of the module, as each Next.js bundle has its own. */
async function bundle(): Promise<Retention> {
  let retention: Retention | undefined
  await jest.isolateModulesAsync(async () => {
    retention = await import('@/lib/consultations/server/retention')
  })
  if (!retention) throw new Error('setup: module not loaded')
  return retention
}

/** A database that answers every DELETE with `deleted` rows and records the statements. */
function fakeDb(deleted = 0): Queryable & { statements: string[] } {
  const statements: string[] = []
  return {
    statements,
    query: async <T>(sql: string): Promise<QueryResult<T>> => {
      statements.push(sql)
      return { rows: Array.from({ length: deleted }, (_, id) => ({ id }) as T) }
    },
  }
}

describe('retention schedule', () => {
  const phase = process.env.NEXT_PHASE
  beforeEach(() => {
    jest.useFakeTimers()
    jest.spyOn(console, 'info').mockImplementation(() => undefined)
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    jest.clearAllTimers()
    jest.useRealTimers()
    jest.restoreAllMocks()
    forgetProcessSingleton('consultations.retention-timer')
    if (phase === undefined) delete process.env.NEXT_PHASE
    else process.env.NEXT_PHASE = phase
  })

  it('purges at start and every six hours, with one timer per process however often and wherever it is started', async () => {
    const db = fakeDb()
    const getDb = jest.fn(async () => db)
    startRetentionSchedule(getDb)
    startRetentionSchedule(getDb)
    ;(await bundle()).startRetentionSchedule(getDb)
    await jest.advanceTimersByTimeAsync(0)
    expect(getDb).toHaveBeenCalledTimes(1)
    expect(db.statements).toEqual([
      expect.stringContaining('DELETE FROM bookings'),
      expect.stringContaining('DELETE FROM staff_access_log'),
    ])
    await jest.advanceTimersByTimeAsync(PURGE_EVERY_MS - 1)
    expect(getDb).toHaveBeenCalledTimes(1)
    await jest.advanceTimersByTimeAsync(1)
    expect(getDb).toHaveBeenCalledTimes(2)
    await jest.advanceTimersByTimeAsync(PURGE_EVERY_MS)
    expect(getDb).toHaveBeenCalledTimes(3)
  })

  it('does not start during next build', async () => {
    process.env.NEXT_PHASE = 'phase-production-build'
    const getDb = jest.fn(async () => fakeDb())
    startRetentionSchedule(getDb)
    await jest.advanceTimersByTimeAsync(PURGE_EVERY_MS)
    expect(getDb).not.toHaveBeenCalled()
  })

  it('logs what a run deleted, by count only', async () => {
    expect(await runRetentionPurge(async () => fakeDb(2))).toEqual({ bookings: 2, accessLog: 2 })
    expect(console.info).toHaveBeenCalledWith('Retention purge {"bookings":2,"accessLog":2}')
  })

  it('logs a failed run by error class and code only, and keeps the schedule going', async () => {
    const failure = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 for +12125550123'), {
      code: 'ECONNREFUSED',
    })
    const getDb = jest.fn(async (): Promise<Queryable> => {
      throw failure
    })
    expect(await runRetentionPurge(getDb)).toBeNull()
    expect(console.error).toHaveBeenCalledWith('Retention purge failed {"kind":"Error","code":"ECONNREFUSED"}')

    startRetentionSchedule(getDb)
    await jest.advanceTimersByTimeAsync(PURGE_EVERY_MS)
    expect(getDb).toHaveBeenCalledTimes(3)
  })

  it('takes both retention periods from the booking config', () => {
    expect(retentionPolicy(parseBookingConfig({}))).toEqual({ bookingDays: 180, accessLogDays: 2190 })
    expect(
      retentionPolicy(parseBookingConfig({ BOOKINGS_RETENTION_DAYS: '30', STAFF_ACCESS_LOG_RETENTION_DAYS: '400' })),
    ).toEqual({ bookingDays: 30, accessLogDays: 400 })
  })
})
