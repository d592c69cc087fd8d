/**
 * Sanity's publish webhook. Only a correctly signed, fresh call expires cache tags; anything
 * else is answered 4xx and changes nothing. Works the same over the embedded dataset: edit the
 * NDJSON file, send a signed call, and the pages show the change without a rebuild.
 */
import { revalidateTag } from 'next/cache'
import { NextRequest } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { isFreshSignature, planRevalidation, signatureTimestamp, webhookBodySchema } from '@/lib/content/revalidate'
import { contentMode, env } from '@/lib/env'
import { readBodyWithLimit } from '@/lib/http/read-body'
import { log } from '@/lib/log'

export const dynamic = 'force-dynamic'

const SIGNATURE_HEADER = 'sanity-webhook-signature'
/** A projection is a few hundred bytes; even a whole document fits well under this. */
const MAX_BODY_BYTES = 256 * 1024

const answer = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ message, ...extra }, { status })

export async function POST(request: NextRequest): Promise<Response> {
  const secret = env.SANITY_REVALIDATE_SECRET
  if (!secret) {
    // The caller is anyone on the internet: the log names the setting, the answer does not.
    log.warn('[revalidate] webhook refused: SANITY_REVALIDATE_SECRET is unset')
    return answer(503, 'Revalidation is not available.')
  }

  const signature = request.headers.get(SIGNATURE_HEADER)
  if (!signature) return answer(401, 'Missing signature.')
  const timestamp = signatureTimestamp(signature)
  if (timestamp === null) return answer(401, 'Malformed signature.')
  if (!isFreshSignature(timestamp, Date.now())) return answer(401, 'Stale signature.')
  // Counted as it arrives: a chunked body has no Content-Length to check.
  const read = await readBodyWithLimit(request, MAX_BODY_BYTES)
  if (!read.ok) return answer(413, 'Body too large.')

  let parsed: Awaited<ReturnType<typeof parseBody<unknown>>>
  try {
    // parseBody reads the body itself (as text, as here): give it what was read, with the same headers.
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const received = new NextRequest(request.url, {
      method: 'POST',
      headers,
      body: new TextDecoder().decode(read.bytes),
    })
    // The Content Lake is eventually consistent: next-sanity waits briefly before we expire
    // tags, so the refetch sees the new revision. The embedded dataset needs no wait.
    parsed = await parseBody<unknown>(received, secret, contentMode === 'sanity')
  } catch {
    return answer(400, 'Body is not JSON.')
  }
  if (parsed.isValidSignature !== true) return answer(401, 'Invalid signature.')

  const change = webhookBodySchema.safeParse(parsed.body)
  if (!change.success) return answer(400, 'Body needs string _id and _type (see README for the webhook projection).')

  const plan = planRevalidation(change.data)
  // 'max' (stale-while-revalidate): the next request regenerates the page in the background and
  // the one after sees the change. Expiring at once would be a request sooner, but a page whose
  // regeneration then fails (Sanity down) would answer with the error page instead of its last
  // good copy.
  for (const tag of plan.tags) revalidateTag(tag, 'max')
  log.info('[revalidate] webhook accepted', { _id: change.data._id, tags: plan.tags.join(' ') || '(none)' })
  return answer(200, plan.skipped ?? 'Revalidated.', { revalidated: plan.tags.length > 0, tags: plan.tags })
}
