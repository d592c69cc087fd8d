// The "no-JavaScript copy" reference of `npm run bench`: a page exactly as the site serves it,
// minus everything the browser would execute, so its Lighthouse figures are the page's physical
// limit (same HTML, CSS and images, no hydration).
import http from 'node:http'
import { gzipSync } from 'node:zlib'

/** Executable <script> elements (no type, or a JavaScript type); JSON-LD and other data stay. */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i
/** <link rel="preload" as="script"> and <link rel="modulepreload">. */
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:modulepreload|preload)")(?=[^>]*(?:\bas="script"|\brel="modulepreload"))[^>]*>/gi

/**
 * Removes scripts and script preloads from a page. A regular expression is enough here: the input
 * is React's own serialisation, which escapes "</script" inside scripts, so a script always ends
 * at the first "</script>".
 */
export function stripScripts(html) {
  return html
    .replace(SCRIPT, (element, attributes) => {
      const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? ''
      return EXECUTABLE_TYPE.test(type.trim()) ? '' : element
    })
    .replace(SCRIPT_PRELOAD, '')
}

const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|javascript|xml))/

/** Gzip where the site would compress too, so the copy is not slower for sending more bytes. */
function send(request, response, status, headers, body) {
  const gzip =
    COMPRESSIBLE.test(headers['content-type'] ?? '') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
  const bytes = gzip ? gzipSync(body) : body
  response.writeHead(status, { ...headers, ...(gzip && { 'content-encoding': 'gzip', vary: 'Accept-Encoding' }) })
  response.end(bytes)
}

/**
 * Serves `pagePaths` from `origin` with their scripts removed, and proxies every other request
 * (CSS, images) to `origin` unchanged. Resolves to the server's base URL.
 */
export async function startNoJsCopyServer(origin, pagePaths) {
  const pages = new Map()
  for (const pagePath of pagePaths) {
    const response = await fetch(origin + pagePath)
    if (!response.ok) throw new Error(`no-JS copy: ${pagePath} answered ${response.status}`)
    pages.set(pagePath, stripScripts(await response.text()))
  }
  const server = http.createServer(async (request, response) => {
    try {
      const path = request.url ?? '/'
      const page = pages.get(path)
      if (page !== undefined) {
        send(request, response, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, page)
        return
      }
      const upstream = await fetch(origin + path, { headers: { 'accept-encoding': 'identity' } })
      const headers = {}
      for (const name of ['content-type', 'cache-control', 'etag', 'last-modified']) {
        const value = upstream.headers.get(name)
        if (value) headers[name] = value
      }
      send(request, response, upstream.status, headers, Buffer.from(await upstream.arrayBuffer()))
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' })
      response.end(String(error))
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server }
}
