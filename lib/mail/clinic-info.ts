/**
 * Clinic name, phone, e-mail and zone for the e-mails. Read straight from the content source
 * (not through lib/content's Next.js cache), so the worker also runs outside a request and in
 * `npm run outbox:drain`. Cached for a few minutes: mail is not worth a fetch per message.
 */
import 'server-only'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { createSanityClient, createSanityFetcher } from '@/lib/content/sanity-source'
import { siteSettingsSchema } from '@/lib/content/schemas'
import { contentMode, env } from '@/lib/env'
import type { ClinicInfo } from './messages'

const TTL_MS = 5 * 60_000
let cached: { at: number; info: ClinicInfo } | undefined

async function readSettings(): Promise<unknown> {
  if (contentMode === 'local') {
    const dataset = await loadDataset(env.CONTENT_DATASET_DIR)
    return queryDocuments(applyPerspective(dataset.documents, 'published'), SITE_SETTINGS_QUERY)
  }
  return createSanityFetcher(createSanityClient(env))(SITE_SETTINGS_QUERY, {}, ['siteSettings'])
}

export async function loadClinicInfo(): Promise<ClinicInfo> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.info
  const settings = siteSettingsSchema.parse(await readSettings())
  const info = {
    clinicName: settings.clinicName,
    phone: settings.phone,
    email: settings.email,
    timeZone: settings.timeZone,
  }
  cached = { at: Date.now(), info }
  return info
}
