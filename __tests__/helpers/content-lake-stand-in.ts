/**
 * A stand-in for Sanity's hosted query API, which cannot run here: the part of the HTTP API
 * that @sanity/client's fetch() uses (GET or POST /v{version}/data/query/{dataset}), answered
 * by groq-js over the same NDJSON dataset the embedded mode reads, in the Content Lake's
 * response shape. A control port switches it between answering, failing with 500 and being
 * unreachable (port closed), for the fault tests (__tests__/e2e/faults.test.mjs).
 *
 * Run: node --conditions=react-server --import tsx __tests__/helpers/content-lake-stand-in.ts <dataset dir>
 * Prints one JSON line: {"api": <port>, "control": <port>}.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'

type Mode = 'ok' | 'fail' | 'down'

const datasetDir = process.argv[2] ?? ''
if (datasetDir === '') throw new Error('usage: content-lake-stand-in.ts <dataset dir>')

let mode: Mode = 'ok'
let queriesAnswered = 0
let apiPort = 0
const sockets = new Set<Socket>()

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

/** GET carries the query in ?query= and each parameter as ?$name=<JSON>; POST sends {query, params}. */
async function readQuery(
  request: IncomingMessage,
  url: URL,
): Promise<{ query: string; params: Record<string, unknown> }> {
  if (request.method === 'POST') {
    const body: unknown = JSON.parse(await readBody(request))
    if (typeof body !== 'object' || body === null || !('query' in body) || typeof body.query !== 'string') {
      throw new Error('POST body needs a query string')
    }
    const params = 'params' in body && typeof body.params === 'object' && body.params !== null ? body.params : {}
    return { query: body.query, params: { ...params } }
  }
  const query = url.searchParams.get('query')
  if (query === null) throw new Error('missing ?query=')
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  return { query, params }
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://stand-in')
  if (!/^\/v[\d-]+\/data\/query\/[\w-]+$/.test(url.pathname))
    return send(response, 404, { error: 'not part of the stand-in' })
  if (mode === 'fail') return send(response, 500, { error: { description: 'Internal Server Error (stand-in outage)' } })
  try {
    const { query, params } = await readQuery(request, url)
    const dataset = await loadDataset(datasetDir)
    const started = performance.now()
    const result = await queryDocuments(applyPerspective(dataset.documents, 'published'), query, params)
    queriesAnswered += 1
    send(response, 200, { result, ms: Math.round(performance.now() - started), query })
  } catch (error) {
    send(response, 400, { error: { description: error instanceof Error ? error.message : String(error) } })
  }
}

const api: Server = createServer((request, response) => void answer(request, response))
api.on('connection', (socket) => {
  sockets.add(socket)
  socket.on('close', () => sockets.delete(socket))
})

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

async function setMode(next: Mode): Promise<void> {
  if (next === 'down' && api.listening) {
    await new Promise<void>((resolve) => {
      api.close(() => resolve())
      for (const socket of sockets) socket.destroy()
    })
  }
  if (next !== 'down' && !api.listening) await listen(api, apiPort)
  mode = next
}

const control = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://control')
  const requested = url.pathname.slice('/mode/'.length)
  if (request.method === 'POST' && (requested === 'ok' || requested === 'fail' || requested === 'down')) {
    void setMode(requested).then(() => send(response, 200, { mode, queriesAnswered }))
    return
  }
  if (request.method === 'GET' && url.pathname === '/status') return send(response, 200, { mode, queriesAnswered })
  send(response, 404, { error: 'POST /mode/ok|fail|down or GET /status' })
})

void (async () => {
  apiPort = await listen(api, 0)
  const controlPort = await listen(control, 0)
  process.stdout.write(`${JSON.stringify({ api: apiPort, control: controlPort })}\n`)
})()
