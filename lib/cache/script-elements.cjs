/**
 * Reading a served document's <script> elements: one place for what the cache handler's policy
 * (which inline scripts to hash) and the script-free pages (which scripts to take out) must agree
 * on. Plain CommonJS: the cache handler is required by Next at run time.
 */

/** A <script> element with its attributes and body, as React writes them. */
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
/** Types the browser runs as code; no type at all is code too. */
const CODE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i

/** Whether the element loads its code from a URL (`src`), rather than carrying it inline. */
const hasSrc = (attributes) => /\ssrc\s*=/i.test(` ${attributes}`)

/** The element's type attribute, trimmed; '' when it has none. */
const scriptType = (attributes) => (/\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '').trim()

/** Whether the browser runs the element as code (JSON-LD and speculation rules are data). */
const isCode = (attributes) => CODE_TYPE.test(scriptType(attributes))

module.exports = { SCRIPT_ELEMENT, hasSrc, scriptType, isCode }
