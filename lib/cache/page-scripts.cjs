/**
 * How a cached page loads JavaScript, decided once per cache entry by the cache handler.
 *
 * - A page with an element marked `data-needs-scripts` (the booking form's live slot picker) keeps
 *   Next's scripts, started after its first paint (defer-page-scripts.cjs).
 * - Every other page is served without them (script-free-page.cjs): content pages need no
 *   JavaScript, and a phone is faster without it.
 *
 * Plain CommonJS: the cache handler is required by Next at run time.
 */
const { deferPageScripts } = require('./defer-page-scripts.cjs')
const { scriptFreePage } = require('./script-free-page.cjs')

/** The marker as React writes it on an element (the payload escapes "<", so text cannot match). */
const NEEDS_SCRIPTS = /<[a-z][^<>]*\sdata-needs-scripts(?:=""|[\s/>])/i

function withPageScripts(html) {
  if (!NEEDS_SCRIPTS.test(html)) {
    const page = scriptFreePage(html)
    if (page !== null) return page
  }
  return deferPageScripts(html)
}

module.exports = { withPageScripts }
