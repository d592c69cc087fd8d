/**
 * Turns on draft mode (an editor's preview of unpublished changes).
 * - Sanity mode: the Presentation tool opens this URL with a one-time secret it stored in the
 *   dataset; next-sanity checks it against the Content Lake with the read token.
 * - Embedded dataset: there is no Content Lake to ask, so the secret is SANITY_PREVIEW_SECRET;
 *   without it preview does not exist (404), so a local site never has an open preview switch.
 */
import { draftMode } from 'next/headers'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { safeRedirectPath, secretsMatch } from '@/lib/content/preview'
import { createSanityClient } from '@/lib/content/sanity-source'
import { contentMode, env } from '@/lib/env'

export const dynamic = 'force-dynamic'

const notConfigured = () => new Response('Preview is not configured.', { status: 404 })

async function enableLocalPreview(request: Request): Promise<Response> {
  const expected = env.SANITY_PREVIEW_SECRET
  if (!expected) return notConfigured()
  const url = new URL(request.url)
  const given = url.searchParams.get('secret') ?? url.searchParams.get('sanity-preview-secret') ?? ''
  if (!secretsMatch(given, expected)) return new Response('Invalid secret.', { status: 401 })
  ;(await draftMode()).enable()
  const target = safeRedirectPath(url.searchParams.get('redirect') ?? url.searchParams.get('sanity-preview-pathname'))
  return new Response(null, { status: 307, headers: { Location: target, 'Cache-Control': 'no-store' } })
}

let enableSanityPreview: ((request: Request) => Promise<Response>) | undefined

export async function GET(request: Request): Promise<Response> {
  if (contentMode === 'local') return enableLocalPreview(request)
  const token = env.SANITY_API_READ_TOKEN
  if (!token) return notConfigured()
  enableSanityPreview ??= defineEnableDraftMode({
    client: createSanityClient(env).withConfig({ token, useCdn: false }),
  }).GET
  return enableSanityPreview(request)
}
