/**
 * POST /api/revalidate: the real handler with next-sanity's parseBody; only revalidateTag is
 * replaced by a spy. Signatures are made here with node's crypto, independently of the
 * library under test, the way Sanity makes them: base64url(HMAC-SHA256(secret, `${t}.${body}`)).
 */
import { createHmac } from 'node:crypto'
import { NextRequest } from 'next/server'

const revalidateTag = jest.fn()
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

const SECRET = 'test-webhook-secret-0123456789abcdef'
const URL_ = 'http://localhost/api/revalidate'

type Post = (request: NextRequest) => Promise<Response>

function sign(body: string, secret = SECRET, timestamp = Date.now()): string {
  const hash = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${hash}`
}

function request(body: string, signature?: string): NextRequest {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (signature !== undefined) headers.set('sanity-webhook-signature', signature)
  return new NextRequest(URL_, { method: 'POST', headers, body })
}

/** A streamed body in 16 KB pieces, as a chunked upload arrives: no Content-Length. */
function chunkedRequest(body: string, signature: string): NextRequest {
  const bytes = new TextEncoder().encode(body)
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024))
      controller.close()
    },
  })
  const headers = new Headers({ 'content-type': 'application/json', 'sanity-webhook-signature': signature })
  return new NextRequest(new Request(URL_, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit))
}

async function loadRoute(env: Record<string, string | undefined>): Promise<Post> {
  jest.resetModules()
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key]
  try {
    return (await import('@/app/api/revalidate/route')).POST
  } finally {
    process.env = saved
  }
}

const postBody = JSON.stringify({ _id: 'post-1', _type: 'post', slug: 'a-title', previousSlug: null })

describe('POST /api/revalidate', () => {
  let POST: Post
  let info: jest.SpyInstance
  beforeAll(async () => {
    POST = await loadRoute({ SANITY_REVALIDATE_SECRET: SECRET, NEXT_PUBLIC_SANITY_PROJECT_ID: undefined })
  })
  beforeEach(() => {
    revalidateTag.mockClear()
    info = jest.spyOn(console, 'info').mockImplementation(() => undefined)
  })
  afterEach(() => info.mockRestore())

  it('revalidates the document’s tags for a correctly signed call', async () => {
    const response = await POST(request(postBody, sign(postBody)))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(
      expect.objectContaining({ revalidated: true, tags: ['post', 'post:a-title'] }),
    )
    // 'max': stale while the page regenerates, so a Sanity outage never turns it into an error.
    expect(revalidateTag.mock.calls).toEqual([
      ['post', 'max'],
      ['post:a-title', 'max'],
    ])
  })

  it('refuses a signature made with another secret', async () => {
    const response = await POST(request(postBody, sign(postBody, 'another-secret-0123456789')))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a body changed after signing', async () => {
    const tampered = postBody.replace('a-title', 'another-title')
    const response = await POST(request(tampered, sign(postBody)))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a call without a signature header', async () => {
    const response = await POST(request(postBody))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a malformed signature header', async () => {
    const response = await POST(request(postBody, 'sha256=abc'))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a replayed (stale) signature, even though it is otherwise valid', async () => {
    const response = await POST(request(postBody, sign(postBody, SECRET, Date.now() - 10 * 60 * 1000)))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual(expect.objectContaining({ message: expect.stringMatching(/stale/i) }))
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 400 to a signed body that is not JSON', async () => {
    const body = '{"_id": "post-1", '
    const response = await POST(request(body, sign(body)))
    expect(response.status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([['{}'], ['[]'], ['{"_id":"post-1"}'], ['""']])('answers 400 to the signed body %s', async (body) => {
    const response = await POST(request(body, sign(body)))
    expect(response.status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 413 to a body that is far too large', async () => {
    const body = JSON.stringify({ _id: 'post-1', _type: 'post', padding: 'x'.repeat(300 * 1024) })
    const req = request(body, sign(body))
    req.headers.set('content-length', String(Buffer.byteLength(body)))
    const response = await POST(req)
    expect(response.status).toBe(413)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 413 to a body far too large that declares no length (chunked), even when signed', async () => {
    const body = JSON.stringify({ _id: 'post-1', _type: 'post', slug: 'a-title', padding: 'x'.repeat(300 * 1024) })
    const req = chunkedRequest(body, sign(body))
    expect(req.headers.get('content-length')).toBeNull()
    const response = await POST(req)
    expect(response.status).toBe(413)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('accepts a signed body streamed without a length when it is small enough', async () => {
    expect((await POST(chunkedRequest(postBody, sign(postBody)))).status).toBe(200)
  })

  it('accepts a signed change it has nothing to revalidate for, and revalidates nothing', async () => {
    const body = JSON.stringify({ _id: 'drafts.post-1', _type: 'post', slug: 'a-title' })
    const response = await POST(request(body, sign(body)))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(expect.objectContaining({ revalidated: false, tags: [] }))
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})

describe('POST /api/revalidate without a configured secret', () => {
  it('refuses everything, even a call signed with some secret', async () => {
    const POST = await loadRoute({ SANITY_REVALIDATE_SECRET: undefined, NEXT_PUBLIC_SANITY_PROJECT_ID: undefined })
    revalidateTag.mockClear()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const response = await POST(request(postBody, sign(postBody)))
      expect(response.status).toBe(503)
      // The public answer names no setting; the server log does.
      expect(JSON.stringify(await response.json())).not.toMatch(/SANITY|SECRET|_[A-Z]/)
      expect(warn.mock.calls.flat().join(' ')).toContain('SANITY_REVALIDATE_SECRET')
    } finally {
      warn.mockRestore()
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
