/**
 * Loads a cached page's JavaScript once its main content has been painted.
 *
 * Why: Next puts every client chunk of a page in its <head> (`<script src async>` plus
 * `<link rel="preload" as="script">`), so on a phone the chunks (about 150 KB) compete with the
 * page's own HTML, CSS and hero image for a slow connection, and their evaluation can land before
 * the first paint. The pages read, link and submit forms without JavaScript (links are plain
 * anchors, forms post to Server Actions); JavaScript only adds client-side navigation and the
 * booking form's live slot picker. So the chunks are fetched after the largest contentful paint
 * (or at the first tap or key press, whichever comes first), and the page shows its content as
 * fast as its no-JavaScript copy would (docs/cold-visit-speed.md has the measurements).
 *
 * Applied by the cache handler to every cached (static or ISR) page, so a patient, a CDN and
 * Lighthouse all get the same document. Pages rendered per request keep Next's own loading.
 * Plain CommonJS: the cache handler is required by Next at run time.
 */

/**
 * `<script src="…" async=""></script>` as React writes it (a `noModule` polyfill is left alone:
 * modern browsers skip it and old ones need it first).
 */
const ASYNC_SCRIPT = /<script\b(?=[^>]*\basync(?:="")?[\s>])(?![^>]*\bnomodule\b)[^>]*\bsrc="([^"]+)"[^>]*><\/script>/gi
/** `<link rel="preload" as="script" …>`: it would start the same downloads early. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\/?>/gi

/**
 * Runs in the browser, inlined as `(loader)(sources)`; ES5 so every phone that can run the site
 * parses it. Waits for the load event, then for a largest-contentful-paint entry (the observer
 * delivers it after the frame is on screen) and one more frame; falls back to the next frame where
 * that entry type is unknown, and to a timer for tabs that never paint (opened in the background).
 */
function loadAfterFirstPaint(sources) {
  var started = false
  function start() {
    if (started) return
    started = true
    for (var i = 0; i < sources.length; i++) {
      var script = document.createElement('script')
      script.src = sources[i]
      script.async = true
      document.head.appendChild(script)
    }
  }
  function soon() {
    requestAnimationFrame(function () {
      setTimeout(start, 0)
    })
  }
  function afterPaint() {
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || []
    if (types.indexOf('largest-contentful-paint') === -1) return soon()
    new PerformanceObserver(function (_list, observer) {
      observer.disconnect()
      soon()
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  }
  if (document.readyState === 'complete') afterPaint()
  else addEventListener('load', afterPaint, { once: true })
  var firstInput = ['pointerdown', 'keydown', 'touchstart', 'focusin']
  for (var j = 0; j < firstInput.length; j++) {
    addEventListener(firstInput[j], start, { once: true, passive: true, capture: true })
  }
  setTimeout(start, 4000)
}

/** Its source, with the indentation dropped (line breaks stay: the function has no semicolons). */
const LOADER = loadAfterFirstPaint.toString().replace(/\n\s+/g, '\n')

/**
 * The page with its async chunk scripts (and their preloads) replaced by one inline loader at the
 * end of <body>. A page without such scripts (already deferred, or not Next's) comes back as is.
 */
function deferPageScripts(html) {
  const sources = []
  const withoutScripts = html.replace(ASYNC_SCRIPT, (_element, src) => {
    sources.push(src.replace(/&amp;/g, '&'))
    return ''
  })
  if (sources.length === 0 || !withoutScripts.includes('</body>')) return html
  // "<" escaped so a source can never close the script element early.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c')
  const deferred = withoutScripts.replace(SCRIPT_PRELOAD, '')
  const end = deferred.lastIndexOf('</body>')
  return `${deferred.slice(0, end)}<script>(${LOADER})(${list})</script>${deferred.slice(end)}`
}

module.exports = { deferPageScripts, loadAfterFirstPaint }
