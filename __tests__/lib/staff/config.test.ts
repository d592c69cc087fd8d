import { parseStaffConfig } from '@/lib/staff/config'

describe('parseStaffConfig', () => {
  it('serves the inbox on SITE_URL unless STAFF_ORIGIN says otherwise', () => {
    expect(parseStaffConfig({}, 'https://clinic.example/some/path')).toEqual({ origin: 'https://clinic.example' })
    expect(parseStaffConfig({ STAFF_ORIGIN: 'https://staff.clinic.example/' }, 'https://clinic.example')).toEqual({
      origin: 'https://staff.clinic.example',
    })
    expect(parseStaffConfig({ STAFF_ORIGIN: '' }, 'http://localhost:3000')).toEqual({ origin: 'http://localhost:3000' })
  })

  it('names a bad STAFF_ORIGIN', () => {
    expect(() => parseStaffConfig({ STAFF_ORIGIN: 'staff.clinic.example' })).toThrow(/STAFF_ORIGIN/)
    expect(() => parseStaffConfig({ STAFF_ORIGIN: 'ftp://staff.clinic.example' })).toThrow(/STAFF_ORIGIN/)
  })

  it('says once that the shared password is gone, and does not use it', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(parseStaffConfig({ STAFF_PASSWORD_HASH: 'scrypt$...' }, 'https://clinic.example')).toEqual({
        origin: 'https://clinic.example',
      })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/staff:invite/)
    } finally {
      warn.mockRestore()
    }
  })
})
