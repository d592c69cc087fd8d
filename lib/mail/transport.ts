/**
 * SMTP through nodemailer, and the one question that matters after an error: could the
 * server have accepted the message? Only a "no" may be retried; a "maybe" is never resent.
 */
import 'server-only'
import nodemailer from 'nodemailer'
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

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // Fail fast: the outbox retries, a hung socket would only hold the lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
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
