import { compileRedirects, findRedirectLoop, normalizePath } from '@/lib/seo/redirects'

const rule = (from: string, to: string, permanent = true) => ({ from, to, permanent })

describe('normalizePath', () => {
  it('drops trailing slashes, queries and fragments but keeps the root', () => {
    expect(normalizePath('/blog/old/')).toBe('/blog/old')
    expect(normalizePath('/blog/old?utm=x#top')).toBe('/blog/old')
    expect(normalizePath('/')).toBe('/')
    expect(normalizePath('blog')).toBe('/blog')
  })
})

describe('compileRedirects', () => {
  it('collapses a chain into one hop to the final destination', () => {
    const table = compileRedirects([rule('/blog/a', '/blog/b'), rule('/blog/b', '/blog/c'), rule('/blog/c', '/blog/d')])
    expect(table.get('/blog/a')).toEqual({ to: '/blog/d', status: 308 })
    expect(table.get('/blog/b')).toEqual({ to: '/blog/d', status: 308 })
  })

  it('answers 307 when any hop of the chain is temporary', () => {
    const table = compileRedirects([rule('/a', '/b', false), rule('/b', '/c')])
    expect(table.get('/a')).toEqual({ to: '/c', status: 307 })
    expect(table.get('/b')).toEqual({ to: '/c', status: 308 })
  })

  it('serves no rule that is part of or leads into a loop', () => {
    const table = compileRedirects([rule('/a', '/b'), rule('/b', '/a'), rule('/x', '/a'), rule('/ok', '/fine')])
    expect([...table.keys()]).toEqual(['/ok'])
  })

  it('ignores a rule that points at itself', () => {
    expect(compileRedirects([rule('/same/', '/same')]).size).toBe(0)
  })
})

describe('findRedirectLoop', () => {
  it('names the paths of a loop', () => {
    expect(findRedirectLoop([rule('/a', '/b'), rule('/b', '/c'), rule('/c', '/a')])).toEqual(['/a', '/b', '/c', '/a'])
  })

  it('finds none in a chain', () => {
    expect(findRedirectLoop([rule('/a', '/b'), rule('/b', '/c')])).toBeNull()
  })
})
