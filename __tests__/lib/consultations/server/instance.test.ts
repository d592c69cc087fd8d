/**
 * The process-wide booking database: one per process, whichever bundle opens it (two PGlite
 * instances on one folder would corrupt it), and a failed open is not cached.
 */
import { forgetProcessSingleton } from '@/lib/process-singleton'

jest.setTimeout(60_000)

type Instance = typeof import('@/lib/consultations/server/instance')

/** A fresh copy of the module, as each Next.js bundle (route handlers, Server Actions) has its own. */
async function bundle(): Promise<Instance> {
  let instance: Instance | undefined
  await jest.isolateModulesAsync(async () => {
    instance = await import('@/lib/consultations/server/instance')
  })
  if (!instance) throw new Error('setup: module not loaded')
  return instance
}

function useEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  // The parsed config is a process singleton too: read the new values.
  forgetProcessSingleton('consultations.config')
}

describe('booking instance', () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, BOOKINGS_DATA_DIR: process.env.BOOKINGS_DATA_DIR }
  afterAll(async () => {
    const instance = await bundle()
    await (await instance.getBookingDb()).close()
    forgetProcessSingleton('consultations.instance')
    useEnv(saved)
    jest.restoreAllMocks()
  })

  it('retries after a failed open, then every bundle shares one database and store', async () => {
    jest.spyOn(console, 'info').mockImplementation(() => undefined)
    // Nothing listens on port 1: the migrations fail, and the failure must not stick.
    useEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', BOOKINGS_DATA_DIR: undefined })
    const first = await bundle()
    await expect(first.getBookingStore()).rejects.toThrow()

    useEnv({ DATABASE_URL: undefined, BOOKINGS_DATA_DIR: 'memory://' })
    const second = await bundle()
    const db = await first.getBookingDb()
    expect(db.kind).toBe('pglite')
    expect(await second.getBookingDb()).toBe(db)
    expect(await second.getBookingStore()).toBe(await first.getBookingStore())
  })
})
