/** The clinic's details for e-mails: one uncached read, then kept for five minutes. */
import { z } from 'zod'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { loadClinicInfo } from '@/lib/mail/clinic-info'
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { querySeed } from '../../helpers/seed'

const readContent = jest.fn(async (..._args: unknown[]): Promise<unknown> => null)
jest.mock('@/lib/content/reader', () => ({ readContent: (...args: unknown[]) => readContent(...args) }))

let now = Date.parse('2026-06-01T09:00:00Z')
beforeEach(async () => {
  forgetProcessSingleton('mail:clinic-info')
  const settings = await querySeed(z.unknown(), SITE_SETTINGS_QUERY)
  readContent.mockReset().mockResolvedValue(settings)
  jest.spyOn(Date, 'now').mockImplementation(() => now)
})
afterEach(() => jest.restoreAllMocks())

describe('loadClinicInfo', () => {
  it('reads the site settings through the uncached reader and keeps them for five minutes', async () => {
    const info = await loadClinicInfo()
    expect(info).toEqual({
      clinicName: expect.any(String),
      phone: expect.objectContaining({ e164: expect.stringMatching(/^\+1/) }),
      email: expect.stringContaining('@'),
      timeZone: expect.stringContaining('/'),
    })
    expect(readContent).toHaveBeenCalledWith(SITE_SETTINGS_QUERY)
    now += 4 * 60_000
    expect(await loadClinicInfo()).toBe(info)
    expect(readContent).toHaveBeenCalledTimes(1)
    now += 2 * 60_000
    await loadClinicInfo()
    expect(readContent).toHaveBeenCalledTimes(2)
  })

  it('fails when the settings are invalid, and caches nothing', async () => {
    readContent.mockResolvedValueOnce({ clinicName: '' })
    await expect(loadClinicInfo()).rejects.toThrow()
    await expect(loadClinicInfo()).resolves.toEqual(expect.objectContaining({ clinicName: expect.any(String) }))
  })
})
