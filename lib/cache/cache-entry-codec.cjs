/**
 * Cache entries to bytes and back, for the shared (Redis) page cache.
 *
 * An entry is what Next's cache handlers pass around: `{ value, lastModified, cacheControl }`,
 * where a page's value holds its HTML (string), RSC payload (Buffer) and per-segment prefetch
 * payloads (a Map of Buffers), and a route's value holds a Buffer body. JSON cannot carry
 * Buffers or Maps, so they are tagged on the way in and rebuilt on the way out. The JSON is
 * gzipped: a rendered article is about 150 KB of HTML and RSC that shrinks about fivefold,
 * which is the difference between a few hundred MB of Redis and a few GB at 5,000 pages.
 *
 * Plain CommonJS: loaded by the cache handler, which Next requires at run time.
 */
const { promisify } = require('node:util')
const zlib = require('node:zlib')

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)
/** Speed over ratio: entries are written on the render path. */
const GZIP_OPTIONS = { level: 3 }

const BUFFER = '__buffer'
const MAP = '__map'

/** A cached page's HTML as text: a string, a Buffer, or Next's RenderResult; null if none of them. */
function htmlText(html) {
  if (typeof html === 'string') return html
  if (Buffer.isBuffer(html)) return html.toString('utf8')
  if (html && typeof html.toUnchunkedString === 'function') return html.toUnchunkedString()
  return null
}

/** JSON.stringify replacer: `this[key]` is the value before Buffer#toJSON ran. */
function replacer(key, value) {
  const original = this[key]
  if (key === 'html' && original && typeof original === 'object') return htmlText(original)
  if (original instanceof Uint8Array) return { [BUFFER]: Buffer.from(original).toString('base64') }
  if (original instanceof Map) return { [MAP]: [...original.entries()] }
  return value
}

function reviver(_key, value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64')
    if (Array.isArray(value[MAP])) return new Map(value[MAP])
  }
  return value
}

/** @returns {Promise<Buffer>} */
async function encodeEntry(entry) {
  return gzip(JSON.stringify(entry, replacer), GZIP_OPTIONS)
}

/** The entry, or null when the bytes are not one (a corrupt or foreign value is a miss). */
async function decodeEntry(bytes) {
  try {
    const entry = JSON.parse((await gunzip(bytes)).toString('utf8'), reviver)
    return entry && typeof entry === 'object' && typeof entry.lastModified === 'number' ? entry : null
  } catch {
    return null
  }
}

module.exports = { encodeEntry, decodeEntry, htmlText }
