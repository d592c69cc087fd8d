import { parseStaffConfig } from '@/lib/staff/config'

describe('parseStaffConfig', () => {
  it('serves the inbox on SITE_URL unless STAFF_ORIGIN says otherwise', () => {
    expect(parseStaffConfig({}, { SITE_URL: 'https://clinic.example/some/path' })).toEqual({
      origin: 'https://clinic.example',
    })
    expect(
      parseStaffConfig({}, { SITE_URL: 'https://clinic.example', STAFF_ORIGIN: 'https://staff.clinic.example/' }),
    ).toEqual({ origin: 'https://staff.clinic.example' })
  })

  it('says once that the shared password is gone, and does not use it', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(parseStaffConfig({ STAFF_PASSWORD_HASH: 'scrypt$...' }, { SITE_URL: 'https://clinic.example' })).toEqual({
        origin: 'https://clinic.example',
      })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/staff:invite/)
    } finally {
      warn.mockRestore()
    }
  })
})
