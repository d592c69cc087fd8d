/**
 * The in-server mail worker: one per process however many bundles start it, and without
 * SMTP_URL one warning and no polling (messages stay queued).
 */
import { forgetProcessSingleton } from '@/lib/process-singleton'

type Runtime = typeof import('@/lib/mail/runtime')

/** A fresh copy of the module, as each Next.js bundle (route handlers, instrumentation) has its own. */
async function bundle(): Promise<Runtime> {
  let runtime: Runtime | undefined
  await jest.isolateModulesAsync(async () => {
    runtime = await import('@/lib/mail/runtime')
  })
  if (!runtime) throw new Error('setup: module not loaded')
  return runtime
}

describe('startMailWorker without SMTP_URL', () => {
  const saved = { SMTP_URL: process.env.SMTP_URL, NEXT_PHASE: process.env.NEXT_PHASE }
  beforeEach(() => {
    delete process.env.SMTP_URL
    delete process.env.NEXT_PHASE
    for (const name of ['mail.config', 'mail.worker', 'mail.unconfigured-warning']) forgetProcessSingleton(name)
    jest.useFakeTimers()
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    jest.clearAllTimers()
    jest.useRealTimers()
    jest.restoreAllMocks()
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  it('warns once per process, whichever bundle starts it, and never opens the database to poll', async () => {
    const getDb = jest.fn(async () => {
      throw new Error('not used')
    })
    const [first, second] = [await bundle(), await bundle()]
    first.startMailWorker(getDb)
    second.startMailWorker(getDb)
    first.startMailWorker(getDb)
    await jest.advanceTimersByTimeAsync(60 * 60 * 1000)
    const warnings = jest.mocked(console.warn).mock.calls.map(([line]) => String(line))
    expect(warnings.filter((line) => line.includes('mail not configured'))).toHaveLength(1)
    expect(getDb).not.toHaveBeenCalled()
  })

  it('does not start during next build', async () => {
    process.env.NEXT_PHASE = 'phase-production-build'
    ;(await bundle()).startMailWorker(async () => {
      throw new Error('not used')
    })
    expect(console.warn).not.toHaveBeenCalled()
  })
})
