// Shared pieces of the browser tests. Debian's chromium, driven by playwright-core: no
// browser download happens anywhere (the machine has no network beyond package registries).
/** @import { Page } from 'playwright-core' */
// The named export: the package's one type file describes its CommonJS build, whose default
// export is the whole module; node loads the ESM build, where both name the class.
import { AxeBuilder } from '@axe-core/playwright'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'

export const baseUrl = process.env.E2E_BASE_URL ?? ''
if (!baseUrl) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm run test:e2e`.')

/**
 * An absolute URL on the site under test.
 * @param {string} path
 */
export const url = (path) => new URL(path, baseUrl).href

/**
 * The start times the slots API offers from today in `timeZone`, as ISO strings; checks that
 * the answer is never cached and is in the zone asked for.
 * @param {string} timeZone
 * @returns {Promise<string[]>}
 */
export async function freeSlots(timeZone, days = 30) {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
  const response = await fetch(
    url(`/api/consultation-slots?from=${today}&days=${days}&tz=${encodeURIComponent(timeZone)}`),
  )
  assert.equal(response.status, 200)
  assert.match(response.headers.get('cache-control') ?? '', /no-store/)
  const body = await response.json()
  assert.equal(body.timeZone, timeZone)
  return body.slots.map((/** @type {{ start: string }} */ slot) => slot.start)
}

export const PHONE_VIEWPORT = { width: 390, height: 844 }
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 }

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}

/**
 * Runs axe-core with the WCAG 2.1 A and AA rules; throws listing every violation.
 * @param {Page} page
 * @param {string} label
 */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  if (results.violations.length === 0) return
  const lines = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  )
  throw new Error(`axe found ${results.violations.length} violation(s) on ${label}:\n  ${lines.join('\n  ')}`)
}

/**
 * The hidden inputs of a server-rendered form (a Server Action's id and bound state, the
 * booking form's time zone), as FormData: what a browser without JavaScript would post.
 * @param {string} html
 * @param {string} formId
 */
export function hiddenFields(html, formId) {
  const form = html.slice(html.indexOf(`id="${formId}"`))
  const body = new FormData()
  /** @param {string} value */
  const decode = (value) => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')
  for (const [, name = '', value = ''] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    body.append(name, decode(value))
  }
  return { form, body }
}
