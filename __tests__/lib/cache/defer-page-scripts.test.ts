/**
 * @jest-environment jsdom
 */
import { createRequire } from 'node:module'

type DeferModule = {
  deferPageScripts: (html: string) => string
  loadAfterFirstPaint: (sources: string[]) => void
}

const { deferPageScripts, loadAfterFirstPaint } = createRequire(__filename)(
  '../../../lib/cache/defer-page-scripts.cjs',
) as DeferModule

// The shape React and Next write: preloads and async chunks in <head>, payload scripts in <body>.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="preload" href="/seed-images/hero.svg" as="image" fetchPriority="high"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js?dpl=1&amp;v=2" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><h1>Ketamine IV therapy</h1>',
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('')

const deferred = deferPageScripts(PAGE)

describe('deferPageScripts', () => {
  it('takes the async chunks and script preloads out of the document', () => {
    expect(deferred).not.toMatch(/<script src="[^"]*" async/)
    expect(deferred).not.toContain('as="script"')
  })

  it('keeps the image preload, the nomodule polyfill, the payload and the structured data', () => {
    for (const kept of [
      '<link rel="preload" href="/seed-images/hero.svg" as="image" fetchPriority="high"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
      '<h1>Ketamine IV therapy</h1>',
    ]) {
      expect(deferred).toContain(kept)
    }
  })

  it('ends <body> with one loader that lists the chunks in document order, entities decoded', () => {
    const loader = /<script>(\(function loadAfterFirstPaint[\s\S]*?)<\/script><\/body><\/html>$/.exec(deferred)
    expect(loader).not.toBeNull()
    expect(loader?.[1]).toMatch(
      /\)\(\["\/_next\/static\/chunks\/a\.js","\/_next\/static\/chunks\/b\.js\?dpl=1&v=2"\]\)$/,
    )
  })

  it('is idempotent, and leaves pages without chunk scripts or without a body as they are', () => {
    expect(deferPageScripts(deferred)).toBe(deferred)
    const noChunks = '<html><head></head><body><p>Static</p></body></html>'
    expect(deferPageScripts(noChunks)).toBe(noChunks)
    const noBody = '<script src="/a.js" async=""></script>'
    expect(deferPageScripts(noBody)).toBe(noBody)
  })

  it('a source cannot close the loader early', () => {
    const hostile = deferPageScripts(PAGE.replace('/_next/static/chunks/a.js', '/x</script'))
    expect(hostile).toContain('"/x\\u003c/script"')
    expect(hostile).not.toContain('/x</script')
  })
})

describe('loadAfterFirstPaint (in jsdom)', () => {
  const scriptSources = () =>
    Array.from(document.head.querySelectorAll('script'), (script) => script.getAttribute('src'))

  beforeEach(() => {
    document.head.innerHTML = ''
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('loads the chunks at the first key press, once', () => {
    loadAfterFirstPaint(['/a.js', '/b.js'])
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }))
    document.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    jest.runAllTimers()
    expect(scriptSources()).toEqual(['/a.js', '/b.js'])
  })

  it('without input, loads them a frame after the page has loaded (no paint timing in jsdom)', () => {
    loadAfterFirstPaint(['/a.js'])
    expect(scriptSources()).toEqual([])
    jest.runAllTimers()
    expect(scriptSources()).toEqual(['/a.js'])
  })
})
