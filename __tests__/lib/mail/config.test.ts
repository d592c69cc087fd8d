import { parseMailConfig } from '@/lib/mail/config'

describe('parseMailConfig', () => {
  it('turns mail off by default', () => {
    expect(parseMailConfig({})).toEqual({
      SMTP_URL: undefined,
      MAIL_FROM: undefined,
      CLINIC_INTAKE_EMAIL: undefined,
      OUTBOX_POLL_SECONDS: 15,
      SMTP_ALLOW_PLAINTEXT_LOOPBACK: false,
    })
  })

  it('refuses ?options in SMTP_URL (they could switch TLS off) and reads the loopback allowance', () => {
    expect(() => parseMailConfig({ SMTP_URL: 'smtp://mail.example.com:587?ignoreTLS=true' })).toThrow(/SMTP_URL/)
    expect(parseMailConfig({ SMTP_ALLOW_PLAINTEXT_LOOPBACK: 'true' }).SMTP_ALLOW_PLAINTEXT_LOOPBACK).toBe(true)
    expect(() => parseMailConfig({ SMTP_ALLOW_PLAINTEXT_LOOPBACK: 'sometimes' })).toThrow(/SMTP_ALLOW/)
  })

  it('reads valid values; blank means unset', () => {
    const config = parseMailConfig({
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      CLINIC_INTAKE_EMAIL: 'intake@example.com',
      MAIL_FROM: '',
      OUTBOX_POLL_SECONDS: '5',
    })
    expect(config.SMTP_URL).toBe('smtps://user:pass@mail.example.com:465')
    expect(config.CLINIC_INTAKE_EMAIL).toBe('intake@example.com')
    expect(config.MAIL_FROM).toBeUndefined()
    expect(config.OUTBOX_POLL_SECONDS).toBe(5)
  })

  it('names every bad key in one error', () => {
    expect(() =>
      parseMailConfig({ SMTP_URL: 'http://mail', CLINIC_INTAKE_EMAIL: 'nope', OUTBOX_POLL_SECONDS: '0' }),
    ).toThrow(/SMTP_URL[\s\S]*CLINIC_INTAKE_EMAIL[\s\S]*OUTBOX_POLL_SECONDS/)
  })
})
