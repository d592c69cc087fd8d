import { parseStaffConfig } from '@/lib/staff/config'

const HASH = `scrypt$32768$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`

describe('parseStaffConfig', () => {
  it('turns sign-in off by default, with no built-in secrets', () => {
    expect(parseStaffConfig({})).toEqual({ STAFF_PASSWORD_HASH: undefined, STAFF_SESSION_SECRET: undefined })
  })

  it('reads valid values; blank means unset', () => {
    const config = parseStaffConfig({ STAFF_PASSWORD_HASH: HASH, STAFF_SESSION_SECRET: '' })
    expect(config.STAFF_PASSWORD_HASH).toBe(HASH)
    expect(config.STAFF_SESSION_SECRET).toBeUndefined()
    expect(parseStaffConfig({ STAFF_SESSION_SECRET: 's'.repeat(32) }).STAFF_SESSION_SECRET).toBe('s'.repeat(32))
  })

  it('names every bad key in one error', () => {
    expect(() => parseStaffConfig({ STAFF_PASSWORD_HASH: 'hunter2', STAFF_SESSION_SECRET: 'short' })).toThrow(
      /STAFF_PASSWORD_HASH[\s\S]*STAFF_SESSION_SECRET/,
    )
  })
})
