/**
 * Next's ISR cache (on disk, shared through Redis when REDIS_URL is set: lib/cache/), plus a
 * hash-based Content-Security-Policy on every cached page.
 *
 * Why: a static page cannot carry a per-request nonce, and App Router pages need inline
 * scripts (the RSC payload `self.__next_f.push(...)`, the Turbopack bootstrap). Their text is
 * fixed once the page is rendered, so the policy lists the SHA-256 of each one. The header is
 * stored in the same cache entry as the HTML (and its .meta file), so a regenerated page
 * always travels with its own hashes, through Next and through any CDN. Entries written at
 * build time get theirs on first read.
 *
 * Plain CommonJS: Next loads this file at runtime with require(), outside the TS build.
 * The directive lists live in csp-directives.json, shared with proxy.ts (dynamic pages).
 */
const { createHash } = require('node:crypto')
const SharedCacheHandler = require('../cache/shared-cache-handler.cjs')
const { htmlText } = require('../cache/cache-entry-codec.cjs')
const directives = require('./csp-directives.json')

const CSP = 'content-security-policy'
/** Scripts the browser executes: no type, or a JavaScript type. JSON-LD is data, not code. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/** The SHA-256 source expressions of the inline scripts in an HTML document, in order. */
function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? ''
    if (!EXECUTABLE.test(type.trim())) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

function serialize(table, extraScriptSources) {
  return Object.entries(table)
    .map(([name, values]) => [name, ...(name === 'script-src' ? [...values, ...extraScriptSources] : values)].join(' '))
    .join('; ')
}

/** The route path of a cache key ("/route-cache/APP_PAGE/<hash>/$/studio" -> "/studio"). */
function routePath(key) {
  const marker = key.indexOf('/$/')
  return marker === -1 ? key : key.slice(marker + 2)
}

function policyFor(key, html) {
  const table = /^\/studio(\/|$)/.test(routePath(key)) ? directives.studio : directives.site
  return serialize(table, inlineScriptHashes(html))
}

/** Entries from the in-memory cache come back as the same object: hash each one once. */
const withPolicyCache = new WeakMap()

function withPolicy(key, value) {
  if (!value || value.kind !== 'APP_PAGE') return value
  if (value.headers && value.headers[CSP]) return value
  const known = withPolicyCache.get(value)
  if (known) return known
  const html = htmlText(value.html)
  if (html === null) return value
  const result = { ...value, headers: { ...value.headers, [CSP]: policyFor(key, html) } }
  withPolicyCache.set(value, result)
  return result
}

class CspCacheHandler extends SharedCacheHandler {
  async get(...args) {
    const entry = await super.get(...args)
    if (!entry || !entry.value) return entry
    const value = withPolicy(args[0], entry.value)
    return value === entry.value ? entry : { ...entry, value }
  }

  async set(key, data, ctx) {
    // In place: a page rendered on demand is answered from this very object, so its first
    // response carries the policy too.
    if (data && data.kind === 'APP_PAGE' && !(data.headers && data.headers[CSP])) {
      const html = htmlText(data.html)
      if (html !== null) data.headers = Object.assign(data.headers ?? {}, { [CSP]: policyFor(key, html) })
    }
    return super.set(key, data, ctx)
  }
}

module.exports = CspCacheHandler
module.exports.inlineScriptHashes = inlineScriptHashes
module.exports.policyFor = policyFor
