import { backoffSeconds } from '@/lib/mail/outbox'
import { classifySmtpError } from '@/lib/mail/transport'

describe('classifySmtpError', () => {
  it('retries refusals for now and failures before the message was sent', () => {
    expect(classifySmtpError({ responseCode: 451, command: 'DATA' })).toEqual({ kind: 'retry', code: '451' })
    expect(classifySmtpError({ responseCode: 421, command: 'CONN' })).toEqual({ kind: 'retry', code: '421' })
    expect(classifySmtpError({ code: 'ESOCKET', command: 'CONN' })).toEqual({ kind: 'retry', code: 'ESOCKET' })
    expect(classifySmtpError({ code: 'ECONNECTION' })).toEqual({ kind: 'retry', code: 'ECONNECTION' })
    // A login problem is the server's configuration, not the message's: keep it queued.
    expect(classifySmtpError({ responseCode: 535, command: 'AUTH PLAIN' })).toEqual({ kind: 'retry', code: '535' })
  })

  it('calls a 5xx on the envelope or data a refusal', () => {
    expect(classifySmtpError({ responseCode: 550, command: 'RCPT TO' })).toEqual({ kind: 'refused', code: '550' })
    expect(classifySmtpError({ responseCode: 554, command: 'DATA' })).toEqual({ kind: 'refused', code: '554' })
  })

  it('treats a connection lost mid-message as unknown (it may have arrived)', () => {
    expect(classifySmtpError({ code: 'ETIMEDOUT', command: 'DATA' })).toEqual({ kind: 'unknown', code: 'ETIMEDOUT' })
    expect(classifySmtpError(new Error('boom'))).toEqual({ kind: 'unknown', code: 'unknown' })
  })
})

describe('backoffSeconds', () => {
  it('doubles from 30 s and stops at an hour', () => {
    const mid = () => 0.5
    expect([1, 2, 3, 4, 10, 50].map((n) => backoffSeconds(n, mid))).toEqual([30, 60, 120, 240, 3600, 3600])
    expect(backoffSeconds(1, () => 0)).toBe(24)
    expect(backoffSeconds(1, () => 1)).toBe(36)
  })
})
