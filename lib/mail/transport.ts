/**
 * SMTP through nodemailer, and the one question that matters after an error: could the
 * server have accepted the message? Only a "no" may be retried; a "maybe" is never resent.
 *
 * Mail names a patient's appointment, so it never crosses a network in clear text: smtps://
 * is TLS from the first byte, smtp:// must upgrade with STARTTLS (requireTLS), TLS 1.2 at least
 * either way. A server that offers no STARTTLS gets nothing (the outbox retries later). The one
 * exception is explicit: SMTP_ALLOW_PLAINTEXT_LOOPBACK, for a test server on this machine.
 */
import 'server-only'
import { isIP } from 'node:net'
import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { MailMessage } from './messages'

export interface OutgoingMail extends MailMessage {
  from: string
  /** Stable per outbox row, so a receiving system can also recognise a duplicate. */
  messageId: string
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

export interface SmtpOptions {
  /** SMTP_ALLOW_PLAINTEXT_LOOPBACK: a server on 127.0.0.1 / ::1 / localhost may go without TLS. */
  allowPlaintextLoopback?: boolean
}

const MIN_TLS = 'TLSv1.2'

/** This machine only: the name, or an address in 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  return isIP(host) === 6 && host === '::1'
}

/**
 * nodemailer's options for an smtp:// or smtps:// URL. Built here rather than handed over as
 * `url`: nodemailer lets the URL's query override any option (`?ignoreTLS=true`), and these
 * TLS rules must hold whatever the URL says (config.ts refuses a query, too).
 */
export function smtpOptions(url: string, { allowPlaintextLoopback = false }: SmtpOptions = {}): SMTPTransport.Options {
  const parsed = new URL(url)
  const implicitTls = parsed.protocol === 'smtps:'
  if (!implicitTls && parsed.protocol !== 'smtp:') throw new Error('SMTP_URL must be smtp:// or smtps://')
  const plaintextAllowed = !implicitTls && allowPlaintextLoopback && isLoopbackHost(parsed.hostname)
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : undefined,
    secure: implicitTls,
    // STARTTLS is still used when the loopback server offers it; it is only not demanded.
    requireTLS: !implicitTls && !plaintextAllowed,
    tls: { minVersion: MIN_TLS },
    auth:
      parsed.username || parsed.password
        ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
        : undefined,
    // Fail fast: the outbox retries, a hung socket would only hold the lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  }
}

export function createSmtpTransport(url: string, options: SmtpOptions = {}): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptions(url, options))
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        attachments: mail.attachments,
        // No X-Mailer: nothing identifying the software in the headers.
        xMailer: false,
      })
    },
    close: () => transporter.close(),
  }
}

export type FailureClass =
  /** The server never took the message: safe to send again later. */
  | { kind: 'retry'; code: string }
  /** The server refused this message or recipient for good (5xx on the envelope or data). */
  | { kind: 'refused'; code: string }
  /** The connection broke while the message was being handed over: it may have arrived. */
  | { kind: 'unknown'; code: string }

// Errors that nodemailer raises before any message data is written.
const BEFORE_DATA = new Set(['ECONNECTION', 'EDNS', 'ETLS', 'EAUTH', 'EENVELOPE', 'EMESSAGE', 'ECONFIG'])

export function classifySmtpError(error: unknown): FailureClass {
  const { responseCode, code, command } =
    typeof error === 'object' && error !== null
      ? (error as { responseCode?: unknown; code?: unknown; command?: unknown })
      : {}
  const errorCode = typeof code === 'string' ? code : 'unknown'
  const smtpCommand = typeof command === 'string' ? command.toUpperCase() : ''
  // The server answered with a refusal: it did not take the message.
  if (typeof responseCode === 'number' && responseCode >= 400) {
    const permanent = responseCode >= 500 && /^(MAIL|RCPT|DATA)/.test(smtpCommand)
    return { kind: permanent ? 'refused' : 'retry', code: String(responseCode) }
  }
  if (smtpCommand === 'CONN' || BEFORE_DATA.has(errorCode)) return { kind: 'retry', code: errorCode }
  return { kind: 'unknown', code: errorCode }
}
