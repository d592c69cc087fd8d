/**
 * A cached content page served without Next's JavaScript.
 *
 * Why: a treatment page, an article or the team directory has nothing that needs React in the
 * browser. Links are plain anchors, the menu is a <details>, the search box is a GET form. Next
 * still sends about 150 KB of chunks and the page's React tree a second time as an inline payload
 * (more than half of the HTML). A phone parses and runs all of that only to arrive at the page it
 * already shows. Without it the page is its own no-JavaScript copy, the fastest it can be
 * (docs/cold-visit-speed.md has the measurements).
 *
 * What JavaScript gave these pages, and what replaces it:
 * - client-side navigation and prefetching: the browser's speculation rules prefetch a page when
 *   the pointer rests on its link or a finger touches it (where supported; elsewhere a link is an
 *   ordinary page load of a cached page);
 * - Escape closes the open site menu and returns focus to its toggle: a few lines of inline script.
 *
 * Applied by the cache handler (lib/cache/page-scripts.cjs chooses), so a patient, a CDN and
 * Lighthouse all get the same document. Plain CommonJS: the cache handler is required by Next at
 * run time.
 */
const { SCRIPT_ELEMENT, hasSrc, isCode } = require('./script-elements.cjs')

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`: downloads nothing would run. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*\/?>/gi
/** The inline scripts Next writes: the RSC payload pushes and Turbopack's bootstrap. */
const NEXT_INLINE =
  /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/

/**
 * Prefetch a same-site page when someone shows they may follow its link ("moderate": the pointer
 * rests on it, or a finger goes down on it). Not the Studio, staff pages or the API. (Chromium 156
 * drops every candidate when the list also holds the documented any-query pattern "/*\\?*", so
 * links with a query, such as the team directory's filters, are prefetched too: they are GETs.)
 */
const SPECULATION_RULES = {
  prefetch: [
    {
      source: 'document',
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: ['/studio{/*}?', '/staff{/*}?', '/api/*'] } }],
      },
      eagerness: 'moderate',
    },
  ],
}

/**
 * Runs in the browser, inlined as `(closeMenuOnEscape)()`; ES5 like the rest of the inline code.
 * The hydrated pages do the same in components/site/menu-closer.tsx.
 */
function closeMenuOnEscape() {
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !(event.target instanceof Element)) return
    var menu = event.target.closest('details[data-site-menu][open]')
    if (!menu) return
    menu.removeAttribute('open')
    var toggle = menu.querySelector('summary')
    if (toggle) toggle.focus()
  })
}

const ENHANCEMENTS =
  `<script type="speculationrules">${JSON.stringify(SPECULATION_RULES)}</script>` +
  `<script>(${closeMenuOnEscape.toString().replace(/\n\s+/g, '\n')})()</script>`

/**
 * The page without Next's scripts, payload and script preloads, plus the enhancements above; null
 * when it cannot be sure the page works that way: an inline script it does not know (a streamed
 * Suspense boundary needs one to show its content) or no </body>.
 */
function scriptFreePage(html) {
  if (html.includes(ENHANCEMENTS)) return html
  let unknownScript = false
  const withoutScripts = html.replace(SCRIPT_ELEMENT, (element, attributes, body) => {
    if (hasSrc(attributes)) return ''
    if (!isCode(attributes)) return element
    if (NEXT_INLINE.test(body)) return ''
    unknownScript = true
    return element
  })
  if (unknownScript || !withoutScripts.includes('</body>')) return null
  const page = withoutScripts.replace(SCRIPT_PRELOAD, '')
  const end = page.lastIndexOf('</body>')
  return `${page.slice(0, end)}${ENHANCEMENTS}${page.slice(end)}`
}

module.exports = { scriptFreePage, closeMenuOnEscape, SPECULATION_RULES }
