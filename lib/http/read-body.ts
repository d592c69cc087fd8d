/**
 * A request body read up to a size limit. Content-Length can be absent (a chunked body) or
 * wrong, so it only turns a body away early; the limit is enforced on the bytes that actually
 * arrive, and reading stops at the first byte over it. Shared by the booking API and the
 * Sanity webhook.
 */
export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' }

export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return { ok: false, reason: 'too-large' }

  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks) }
}
