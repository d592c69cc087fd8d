import { signCancelToken, verifyCancelToken } from '@/lib/consultations/server/cancel-token'

const SECRET = 'a'.repeat(32)
const ID = '6f1c1a52-1d7e-4d8b-8a55-0c8a4f7b9e21'
const NOW = new Date('2030-01-01T12:00:00Z')
const LATER = new Date('2030-01-02T12:00:00Z')

describe('cancel tokens', () => {
  it('round-trips the booking id and expiry', () => {
    const token = signCancelToken(ID, LATER, SECRET)
    expect(verifyCancelToken(token, SECRET, NOW)).toEqual({ ok: true, bookingId: ID, expiresAt: LATER })
  })

  it('carries nothing readable about the patient, and no plain id', () => {
    const token = signCancelToken(ID, LATER, SECRET)
    expect(token).toMatch(/^[A-Za-z0-9_-]{28}\.[A-Za-z0-9_-]{43}$/)
    expect(token).not.toContain(ID)
    expect(token).not.toContain(ID.replace(/-/g, ''))
  })

  it('expires at the given time', () => {
    const token = signCancelToken(ID, LATER, SECRET)
    expect(verifyCancelToken(token, SECRET, LATER)).toEqual({ ok: false, reason: 'expired' })
    expect(verifyCancelToken(token, SECRET, new Date(LATER.getTime() + 1))).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses another secret, a changed payload or signature, and junk', () => {
    const token = signCancelToken(ID, LATER, SECRET)
    expect(verifyCancelToken(token, 'b'.repeat(32), NOW)).toEqual({ ok: false, reason: 'bad-signature' })
    const [payload = '', signature = ''] = token.split('.')
    // Another booking id under the old signature.
    const forged = Buffer.from(payload, 'base64url')
    forged[5] = (forged[5] ?? 0) ^ 1
    expect(verifyCancelToken(`${forged.toString('base64url')}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    // A later expiry under the old signature.
    const extended = Buffer.from(payload, 'base64url')
    extended.writeUInt32BE(extended.readUInt32BE(17) + 86_400, 17)
    expect(verifyCancelToken(`${extended.toString('base64url')}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect(verifyCancelToken(flipped, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' })
    for (const junk of ['', 'abc', `${payload}.`, `${token}x`, ID]) {
      expect(verifyCancelToken(junk, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('only signs booking UUIDs', () => {
    expect(() => signCancelToken('K7M2P9QX4T', LATER, SECRET)).toThrow()
  })
})
