import { median } from '../../scripts/lib/median.mjs'
import { stripScripts } from '../../scripts/lib/no-js-copy.mjs'

// The shape of a page as Next serialises it: script chunks and a script preload in the head, the
// inline RSC payload in the body, JSON-LD data, CSS and an image that must all stay.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="preload" href="/hero.svg" as="image" fetchPriority="high"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<style>h1{color:teal}</style>',
  '</head><body><h1>Title</h1><img src="/hero.svg" alt="Waves"/>',
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
  '<script>self.__next_f.push([1,"0:{}"])</script>',
  '<script type="module">import "/x.js"</script>',
  '</body></html>',
].join('')

describe('the no-JavaScript copy of a page', () => {
  const copy = stripScripts(PAGE)

  it('removes every script the browser would run, and the script preloads', () => {
    expect(copy).not.toMatch(/react\.js|__next_f|import "\/x\.js"/)
    expect(copy).not.toMatch(/main\.js|module\.js/)
  })

  it('keeps CSS, images, the image preload and JSON-LD', () => {
    expect(copy).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>')
    expect(copy).toContain('<style>h1{color:teal}</style>')
    expect(copy).toContain('<img src="/hero.svg" alt="Waves"/>')
    expect(copy).toContain('as="image" fetchPriority="high"')
    expect(copy).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>')
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, ignoring missing figures', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([5, null, undefined, 1, 3])).toBe(3)
    expect(median([])).toBeNull()
  })
})
