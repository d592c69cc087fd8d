/**
 * Clinic name, phone, e-mail and zone for the e-mails. Read through the uncached content reader
 * (not lib/content's Next.js cache), so the worker also runs outside a request and in
 * `npm run outbox:drain`. Kept for a few minutes: mail is not worth a fetch per message.
 */
import 'server-only'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { readContent } from '@/lib/content/reader'
import { siteSettingsSchema } from '@/lib/content/schemas'
import { processSingleton } from '@/lib/process-singleton'
import type { ClinicInfo } from './messages'

const TTL_MS = 5 * 60_000

const cache = () => processSingleton('mail:clinic-info', (): { entry?: { at: number; info: ClinicInfo } } => ({}))

export async function loadClinicInfo(): Promise<ClinicInfo> {
  const held = cache()
  if (held.entry && Date.now() - held.entry.at < TTL_MS) return held.entry.info
  const settings = siteSettingsSchema.parse(await readContent(SITE_SETTINGS_QUERY))
  const info = {
    clinicName: settings.clinicName,
    phone: settings.phone,
    email: settings.email,
    timeZone: settings.timeZone,
  }
  held.entry = { at: Date.now(), info }
  return info
}
