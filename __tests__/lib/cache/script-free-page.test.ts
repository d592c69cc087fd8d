/**
 * @jest-environment jsdom
 */
import { createRequire } from 'node:module'

const load = createRequire(__filename)
const { scriptFreePage, closeMenuOnEscape, SPECULATION_RULES } = load('../../../lib/cache/script-free-page.cjs') as {
  scriptFreePage: (html: string) => string | null
  closeMenuOnEscape: () => void
  SPECULATION_RULES: object
}
const { withPageScripts } = load('../../../lib/cache/page-scripts.cjs') as {
  withPageScripts: (html: string) => string
}

// The shape React and Next write: preloads and async chunks in <head>, Turbopack's bootstrap and
// the RSC payload in <body>.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="preload" href="/seed-images/hero.svg" as="image" fetchPriority="high"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><h1>Ketamine IV therapy</h1><a href="/consultation">Book</a>',
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(["x"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
  '</body></html>',
].join('')

describe('scriptFreePage', () => {
  const page = scriptFreePage(PAGE) ?? ''

  it("takes out Next's chunks, script preloads, bootstrap and payload", () => {
    expect(page).not.toMatch(/<script[^>]*\ssrc=/)
    expect(page).not.toContain('as="script"')
    expect(page).not.toContain('__next_f')
    expect(page).not.toContain('TURBOPACK')
  })

  it('keeps the content, the stylesheet, the image preload and the structured data', () => {
    for (const kept of [
      '<h1>Ketamine IV therapy</h1><a href="/consultation">Book</a>',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      '<link rel="preload" href="/seed-images/hero.svg" as="image" fetchPriority="high"/>',
      '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
    ]) {
      expect(page).toContain(kept)
    }
  })

  it('ends <body> with the speculation rules and the menu script', () => {
    const rules = /<script type="speculationrules">(.*?)<\/script>/.exec(page)?.[1] ?? ''
    expect(JSON.parse(rules)).toEqual(SPECULATION_RULES)
    expect(page).toMatch(/<script>\(function closeMenuOnEscape[\s\S]*\)\(\)<\/script><\/body><\/html>$/)
  })

  it('is idempotent', () => {
    expect(scriptFreePage(page)).toBe(page)
  })

  it('gives up on an inline script it does not know, or a page without a body', () => {
    const streamed = PAGE.replace('</body>', '<script>$RC("B:0","S:0")</script></body>')
    expect(scriptFreePage(streamed)).toBeNull()
    expect(scriptFreePage('<script src="/a.js" async=""></script>')).toBeNull()
  })
})

describe('withPageScripts', () => {
  it('serves content pages without scripts', () => {
    expect(withPageScripts(PAGE)).toBe(scriptFreePage(PAGE))
  })

  it('keeps the scripts, after the first paint, on a page with an element that needs them', () => {
    const booking = withPageScripts(PAGE.replace('<h1>', '<div data-needs-scripts=""></div><h1>'))
    expect(booking).toContain('loadAfterFirstPaint')
    expect(booking).toContain('__next_f')
  })

  it('the marker in text or in the payload does not count', () => {
    const inText = PAGE.replace('<h1>', '<p>data-needs-scripts</p><h1>')
    expect(withPageScripts(inText)).toBe(scriptFreePage(inText))
  })

  it('falls back to deferred scripts when the page cannot do without them', () => {
    const streamed = PAGE.replace('</body>', '<script>$RC("B:0","S:0")</script></body>')
    expect(withPageScripts(streamed)).toContain('loadAfterFirstPaint')
  })
})

describe('closeMenuOnEscape (in jsdom)', () => {
  beforeAll(() => {
    closeMenuOnEscape()
  })

  const menu = () => {
    document.body.innerHTML =
      '<details data-site-menu="" open><summary>Menu</summary><a href="/team">Team</a></details>' +
      '<details open><summary>Question</summary><p>Answer</p></details>'
    const site = document.querySelector<HTMLDetailsElement>('details[data-site-menu]')
    const faq = document.querySelector<HTMLDetailsElement>('details:not([data-site-menu])')
    if (!site || !faq) throw new Error('fixture without its two <details>')
    return { site, faq }
  }
  const escape = (target: Element) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))

  it('closes the open site menu and puts focus on its toggle', () => {
    const { site } = menu()
    escape(site.querySelector('a') as Element)
    expect(site.open).toBe(false)
    expect(document.activeElement).toBe(site.querySelector('summary'))
  })

  it('leaves other <details> and other keys alone', () => {
    const { site, faq } = menu()
    escape(faq.querySelector('p') as Element)
    site.querySelector('a')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(faq.open).toBe(true)
    expect(site.open).toBe(true)
  })
})
