import { parseCareTeamConfig } from '@/lib/consultations/server/care-team-config'

const HASH = `scrypt$32768$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`

describe('parseCareTeamConfig', () => {
  it('turns everything off by default, with no built-in secrets', () => {
    expect(parseCareTeamConfig({})).toEqual({
      SMTP_URL: undefined,
      MAIL_FROM: undefined,
      CLINIC_INTAKE_EMAIL: undefined,
      STAFF_PASSWORD_HASH: undefined,
      STAFF_SESSION_SECRET: undefined,
      BOOKING_TOKEN_SECRET: undefined,
      OUTBOX_POLL_SECONDS: 15,
      STAFF_ACCESS_LOG_RETENTION_DAYS: 2190,
    })
  })

  it('reads valid values; blank means unset', () => {
    const config = parseCareTeamConfig({
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      CLINIC_INTAKE_EMAIL: 'intake@example.com',
      STAFF_PASSWORD_HASH: HASH,
      STAFF_SESSION_SECRET: 's'.repeat(32),
      BOOKING_TOKEN_SECRET: '',
      OUTBOX_POLL_SECONDS: '5',
    })
    expect(config.SMTP_URL).toBe('smtps://user:pass@mail.example.com:465')
    expect(config.STAFF_PASSWORD_HASH).toBe(HASH)
    expect(config.BOOKING_TOKEN_SECRET).toBeUndefined()
    expect(config.OUTBOX_POLL_SECONDS).toBe(5)
  })

  it('names every bad key in one error', () => {
    expect(() =>
      parseCareTeamConfig({
        SMTP_URL: 'http://mail',
        CLINIC_INTAKE_EMAIL: 'nope',
        STAFF_PASSWORD_HASH: 'hunter2',
        STAFF_SESSION_SECRET: 'short',
        BOOKING_TOKEN_SECRET: 'short',
      }),
    ).toThrow(
      /SMTP_URL[\s\S]*CLINIC_INTAKE_EMAIL[\s\S]*STAFF_PASSWORD_HASH[\s\S]*STAFF_SESSION_SECRET[\s\S]*BOOKING_TOKEN_SECRET/,
    )
  })
})
