import { redirectSchema } from '@/lib/content/schemas'
import {
  compileRedirects,
  findRedirectLoop,
  normalizePath,
  redirectSourceProblem,
  redirectTargetProblem,
} from '@/lib/seo/redirects'

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

describe('redirect paths', () => {
  it.each([
    ['/\\evil.example'],
    ['/\\/evil.example'],
    ['//evil.example'],
    ['/blog//evil.example'],
    ['https://evil.example/'],
    ['evil.example'],
    ['/\tevil'],
    ['/blog/a\u0000b'],
    ['/blog/a\u007fb'],
    ['/blog/a b'],
  ])('refuses %p as a target or a source', (path) => {
    expect(redirectTargetProblem(path)).not.toBeNull()
    expect(redirectSourceProblem(path)).not.toBeNull()
  })

  it('accepts ordinary site paths', () => {
    for (const path of ['/', '/blog/old-title', '/treatments/ketamine-iv-therapy', '/blog/caf%C3%A9']) {
      expect(redirectSourceProblem(path)).toBeNull()
      expect(redirectTargetProblem(path)).toBeNull()
    }
  })

  it.each([
    ['/staff'],
    ['/staff/'],
    ['/staff/sign-in'],
    ['/Staff'],
    ['/%73taff'],
    ['/consultation'],
    ['/consultation/times'],
    ['/es/consulta'],
    ['/es/consulta/horarios'],
    ['/api'],
    ['/api/consultations'],
    ['/studio'],
    ['/_next/static/x.js'],
  ])('never redirects from %p', (path) => {
    expect(redirectSourceProblem(path)).toMatch(/cannot be redirected/)
  })

  it('leads to the booking page but never to the inbox or the APIs', () => {
    expect(redirectTargetProblem('/consultation')).toBeNull()
    expect(redirectTargetProblem('/staff')).toMatch(/cannot lead/)
    expect(redirectTargetProblem('/api/revalidate')).toMatch(/cannot lead/)
    // Not the same path: only a prefix in letters.
    expect(redirectSourceProblem('/staffing')).toBeNull()
  })
})

describe('redirectSchema', () => {
  const parse = (from: string, to: string) => redirectSchema.safeParse({ _id: 'r', from, to, permanent: true }).success

  it('drops a rule that leaves the site or starts at a reserved path', () => {
    expect(parse('/blog/old', '/blog/new')).toBe(true)
    expect(parse('/blog/old', '/\\evil.example')).toBe(false)
    expect(parse('/blog/old', '//evil.example')).toBe(false)
    expect(parse('/staff', '/blog/new')).toBe(false)
    expect(parse('/consultation', '/blog/new')).toBe(false)
    expect(parse('/api/consultations', '/blog/new')).toBe(false)
  })
})
