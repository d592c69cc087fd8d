/**
 * The two content backends as the search tests use them. The embedded one is lib/content over
 * the seed (groq-js). The Content Lake cannot run here, so only Sanity's hosted HTTP API is
 * mocked: a local server that records what next-sanity's real client sends (GET ?query=&$name=
 * or POST {query, params}) and answers with groq-js over the same seed.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'

export type ContentIndex = typeof import('@/lib/content')

export const SEED = 'sanity/seed'

/** A copy of lib/content as a process with `env` would load it (lib/env reads process.env at import). */
export function loadContent(env: Record<string, string | undefined>): ContentIndex {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    let content: ContentIndex | undefined
    jest.isolateModules(() => {
      content = jest.requireActual<ContentIndex>('@/lib/content')
    })
    if (!content) throw new Error('lib/content did not load')
    return content
  } finally {
    process.env = saved
  }
}

export const embeddedContent = () =>
  loadContent({ NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_DIR: SEED })

export interface LakeRequest {
  method: string
  path: string
  query: string
  params: Record<string, unknown>
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

/** Starts the mocked query API; `content()` is lib/content in Sanity mode pointed at it. */
export async function startMockedLake(): Promise<{
  received: LakeRequest[]
  content: () => ContentIndex
  close: () => void
}> {
  const received: LakeRequest[] = []
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://lake')
      let query = url.searchParams.get('query') ?? ''
      let params: Record<string, unknown> = {}
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as { query: string; params?: Record<string, unknown> }
        query = body.query
        params = body.params ?? {}
      } else {
        for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      }
      received.push({ method: request.method ?? '', path: url.pathname, query, params })
      const dataset = await loadDataset(SEED)
      const result = await queryDocuments(applyPerspective(dataset.documents, 'published'), query, params)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ ms: 1, query, result }))
    })()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    received,
    content: () =>
      loadContent({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'searchtest',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_HOST: host,
        SANITY_API_READ_TOKEN: undefined,
      }),
    close: () => server.close(),
  }
}
