/**
 * Mail environment: the SMTP server, sender and intake address, and the worker's poll interval.
 * Parsed on first use (never at build); every bad key is listed. Without SMTP_URL messages stay
 * queued until it is set. The cancel-link secret is a booking setting (lib/consultations/server/config.ts).
 */
import 'server-only'
import { z } from 'zod'
import { blankToUndefined, int, optional, parseEnvSchema } from '@/lib/env-schema'
import { processSingleton } from '@/lib/process-singleton'

const schema = z.object({
  /**
   * smtp://user:pass@host:587 (STARTTLS required) or smtps://...:465 (TLS from the start); TLS 1.2
   * at least (transport.ts). No ?options: they could switch TLS off, so none are read.
   */
  SMTP_URL: optional(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .refine((url) => !/[?#]/.test(url), 'takes no ?options (TLS is always required; see lib/mail/README.md)'),
  ),
  /**
   * Tests only: an smtp:// server on 127.0.0.1, ::1 or localhost may skip STARTTLS (the e2e
   * runner's in-process server has none). Any other host still requires TLS.
   */
  SMTP_ALLOW_PLAINTEXT_LOOPBACK: z.preprocess(blankToUndefined, z.stringbool().default(false)),
  /** Sender, e.g. "Care team <care@example.com>"; defaults to the clinic's e-mail from Site settings. */
  MAIL_FROM: optional(z.string().min(3).max(200)),
  /** Where new-request notices go; defaults to the clinic's e-mail from Site settings. */
  CLINIC_INTAKE_EMAIL: optional(z.email()),
  OUTBOX_POLL_SECONDS: int(1, 3600, 15),
})

export type MailConfig = z.infer<typeof schema>

export function parseMailConfig(source: Record<string, string | undefined>): MailConfig {
  return parseEnvSchema(schema, source, 'mail ')
}

export function mailConfig(): MailConfig {
  return processSingleton('mail.config', () => parseMailConfig(process.env))
}
