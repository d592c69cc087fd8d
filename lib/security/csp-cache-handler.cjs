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
 * Before hashing, a site page's scripts are settled (lib/cache/page-scripts.cjs: none on content
 * pages, after the first paint on the booking page), so the cached HTML is the page every visitor
 * gets.
 *
 * Plain CommonJS: Next loads this file at runtime with require(), outside the TS build.
 * The directive lists live in csp-directives.json, shared with proxy.ts (dynamic pages).
 */
const { createHash } = require('node:crypto')
const SharedCacheHandler = require('../cache/shared-cache-handler.cjs')
const { htmlText } = require('../cache/cache-entry-codec.cjs')
const { withPageScripts } = require('../cache/page-scripts.cjs')
const { SCRIPT_ELEMENT, hasSrc, isCode, scriptType } = require('../cache/script-elements.cjs')
const directives = require('./csp-directives.json')

const CSP = 'content-security-policy'
/** Inline scripts script-src must allow: code, and speculation rules. JSON-LD is data only. */
const needsScriptSrc = (attributes) => isCode(attributes) || scriptType(attributes).toLowerCase() === 'speculationrules'

/** The SHA-256 source expressions of the inline scripts in an HTML document, in order. */
function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    if (hasSrc(attributes) || !needsScriptSrc(attributes)) continue
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

function isStudio(key) {
  return /^\/studio(\/|$)/.test(routePath(key))
}

function policyFor(key, html) {
  return serialize(isStudio(key) ? directives.studio : directives.site, inlineScriptHashes(html))
}

/**
 * A page value as it is served: site pages with their scripts settled, every page with its
 * policy. null when there is nothing to change: not a page, unreadable HTML, or already served
 * (an entry written with its policy keeps it unless its scripts still have to be settled).
 */
function servedPage(key, value) {
  if (!value || value.kind !== 'APP_PAGE') return null
  const text = htmlText(value.html)
  if (text === null) return null
  const html = isStudio(key) ? text : withPageScripts(text)
  if (html === text && value.headers && value.headers[CSP]) return null
  return { html, headers: { ...value.headers, [CSP]: policyFor(key, html) } }
}

/** Entries from the in-memory cache come back as the same object: prepare each one once. */
const servedCache = new WeakMap()

function served(key, value) {
  const known = servedCache.get(value)
  if (known) return known
  const page = servedPage(key, value)
  if (page === null) return value
  const result = { ...value, ...page }
  servedCache.set(value, result)
  return result
}

class CspCacheHandler extends SharedCacheHandler {
  async get(...args) {
    const entry = await super.get(...args)
    if (!entry || !entry.value) return entry
    const value = served(args[0], entry.value)
    return value === entry.value ? entry : { ...entry, value }
  }

  async set(key, data, ctx) {
    // In place: a page rendered on demand is answered from this very object, so its first
    // response is the served page too.
    const page = servedPage(key, data)
    if (page !== null) Object.assign(data, page)
    return super.set(key, data, ctx)
  }
}

module.exports = CspCacheHandler
module.exports.inlineScriptHashes = inlineScriptHashes
module.exports.policyFor = policyFor
module.exports.servedPage = servedPage
