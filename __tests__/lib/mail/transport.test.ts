/**
 * SMTP encryption is required, not opportunistic: smtp:// must upgrade with STARTTLS and smtps://
 * is TLS from the start, TLS 1.2 at least. Only an explicit allowance lets a server on this
 * machine go without (the tests' in-process server).
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { classifySmtpError, createSmtpTransport, isLoopbackHost, smtpOptions } from '@/lib/mail/transport'

jest.setTimeout(30_000)

describe('smtpOptions', () => {
  it('requires STARTTLS with TLS 1.2 or later for smtp://', () => {
    expect(smtpOptions('smtp://care%40clinic.example:p%40ss@mail.example.com:587')).toMatchObject({
      host: 'mail.example.com',
      port: 587,
      secure: false,
      requireTLS: true,
      tls: { minVersion: 'TLSv1.2' },
      auth: { user: 'care@clinic.example', pass: 'p@ss' },
    })
  })

  it('uses TLS from the start for smtps://, TLS 1.2 or later', () => {
    expect(smtpOptions('smtps://mail.example.com:465')).toMatchObject({
      secure: true,
      tls: { minVersion: 'TLSv1.2' },
    })
  })

  it('lets only a loopback server skip STARTTLS, and only when allowed', () => {
    const allow = { allowPlaintextLoopback: true }
    expect(smtpOptions('smtp://127.0.0.1:2525', allow).requireTLS).toBe(false)
    expect(smtpOptions('smtp://localhost:2525', allow).requireTLS).toBe(false)
    expect(smtpOptions('smtp://[::1]:2525', allow)).toMatchObject({ host: '::1', requireTLS: false })
    expect(smtpOptions('smtp://127.0.0.1:2525').requireTLS).toBe(true)
    expect(smtpOptions('smtp://mail.example.com:587', allow).requireTLS).toBe(true)
    expect(smtpOptions('smtp://127.0.0.1.example.com:587', allow).requireTLS).toBe(true)
    expect(smtpOptions('smtp://10.0.0.1:587', allow).requireTLS).toBe(true)
  })

  it('knows loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'].every(isLoopbackHost)).toBe(true)
    expect(['127.0.0.1.nip.io', '10.0.0.1', '::ffff:10.0.0.1', 'mail.example.com'].some(isLoopbackHost)).toBe(false)
  })
})

describe('against a server without STARTTLS', () => {
  let server: SMTPServer
  let url = ''
  const received: string[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const mail = { from: 'care@clinic.example', to: 'alex@example.com', subject: 'Hello', text: 'Hi', messageId: '<a@b>' }

  it('sends nothing in clear text, and the outbox may retry', async () => {
    const transport = createSmtpTransport(url)
    try {
      const error: unknown = await transport.send(mail).then(
        () => null,
        (reason: unknown) => reason,
      )
      expect(error).not.toBeNull()
      expect(classifySmtpError(error).kind).toBe('retry')
    } finally {
      transport.close()
    }
    expect(received).toHaveLength(0)
  })

  it('delivers on loopback with the explicit allowance', async () => {
    const transport = createSmtpTransport(url, { allowPlaintextLoopback: true })
    try {
      await transport.send(mail)
    } finally {
      transport.close()
    }
    expect(received).toHaveLength(1)
  })
})
