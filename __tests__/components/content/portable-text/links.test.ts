import { internalHref, safeExternalHref } from '@/components/content/portable-text/links'

describe('safeExternalHref', () => {
  it.each([
    ['https://www.fda.gov/drugs', 'https://www.fda.gov/drugs'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:care@example.org', 'mailto:care@example.org'],
    ['tel:+15035550142', 'tel:+15035550142'],
    ['  https://example.org/a  ', 'https://example.org/a'],
  ])('allows %s', (href, expected) => {
    expect(safeExternalHref(href)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    '/blog/relative',
    '//example.org/protocol-relative',
    '',
    undefined,
    42,
  ])('rejects %p', (href) => {
    expect(safeExternalHref(href)).toBeNull()
  })
})

describe('internalHref', () => {
  it('maps posts to /blog and treatments to /treatments', () => {
    expect(internalHref({ _type: 'post', slug: 'a-post' })).toBe('/blog/a-post')
    expect(internalHref({ _type: 'treatment', slug: 'ketamine-iv-therapy' })).toBe('/treatments/ketamine-iv-therapy')
    // On a Spanish page the link stays in Spanish.
    expect(internalHref({ _type: 'post', slug: 'un-articulo' }, 'es')).toBe('/es/blog/un-articulo')
    expect(internalHref({ _type: 'treatment', slug: 'terapia-iv' }, 'es')).toBe('/es/tratamientos/terapia-iv')
  })

  it.each([null, undefined, { _type: 'person', slug: 'x' }, { _type: 'post' }, { _type: 'post', slug: '../admin' }])(
    'returns null for %p',
    (target) => {
      expect(internalHref(target)).toBeNull()
    },
  )
})
