/**
 * lib/routes.ts's list of the app's routes against the route files under app/: the proxy answers
 * every path no route has with the 404 page's nonce policy, so a route missing from the list would
 * lose its own policy, and a listed route with no file would 404 without one.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { appRoutePatterns, hasRoute } from '@/lib/routes'

const APP = path.join(process.cwd(), 'app')

/** Route files by what Next serves them as; metadata files have a fixed URL of their own. */
const ROUTE_FILES = /^(page|route)\.(tsx?|jsx?)$/
const METADATA_FILES: Record<string, string> = { 'icon.svg': '/icon.svg', 'robots.ts': '/robots.txt' }
/** Next's other metadata conventions: each would be a URL the list does not know yet. */
const OTHER_METADATA = /^(favicon|icon|apple-icon|opengraph-image|twitter-image|sitemap|robots|manifest)\b/

/** A folder path under app/ as URL patterns (an optional catch-all is two: without and with segments). */
function patternsOf(folders: string[]): string[] {
  let patterns = ['']
  for (const folder of folders) {
    if (/^\(.+\)$/.test(folder)) continue // a route group adds no segment
    const optional = /^\[\[\.\.\..+\]\]$/.test(folder)
    const segment = optional || /^\[\.\.\..+\]$/.test(folder) ? '*' : /^\[.+\]$/.test(folder) ? ':param' : folder
    const name = segment.startsWith(':') || segment === '*' ? segment : decodeURIComponent(segment)
    patterns = patterns.flatMap((base) => (optional ? [base, `${base}/${name}`] : [`${base}/${name}`]))
  }
  return patterns.map((pattern) => pattern || '/')
}

function appRouteFiles(dir = APP, folders: string[] = []): { file: string; patterns: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // A folder starting with "_" is private (not a route); "%5F" is how a route spells one.
    if (entry.isDirectory())
      return entry.name.startsWith('_') ? [] : appRouteFiles(path.join(dir, entry.name), [...folders, entry.name])
    const file = path.relative(APP, path.join(dir, entry.name))
    const metadata = folders.length === 0 ? METADATA_FILES[entry.name] : undefined
    if (metadata) return [{ file, patterns: [metadata] }]
    if (OTHER_METADATA.test(entry.name)) throw new Error(`${file}: a metadata route lib/routes.ts does not list`)
    return ROUTE_FILES.test(entry.name) ? [{ file, patterns: patternsOf(folders) }] : []
  })
}

/** A path the pattern matches: a made-up slug for each parameter, two segments for a catch-all. */
const sampleOf = (pattern: string) => pattern.replace(/:param/g, 'some-slug').replace(/\*/g, 'a/b')

const files = appRouteFiles()

describe('the app routes lib/routes.ts lists', () => {
  it('finds the route files (the walk itself works)', () => {
    const patterns = files.flatMap((route) => route.patterns)
    expect(patterns).toEqual(expect.arrayContaining(['/', '/es', '/es/equipo/:param', '/studio', '/studio/*']))
    expect(patterns).toContain('/team/_filtered')
    expect(files.length).toBeGreaterThan(50)
  })

  it.each(files.map((route) => [route.file, route.patterns] as const))('has a route for %s', (_file, patterns) => {
    for (const pattern of patterns) expect([pattern, hasRoute(sampleOf(pattern))]).toEqual([pattern, true])
  })

  it('lists no route without a file', () => {
    const fromFiles = new Set(files.flatMap((route) => route.patterns))
    expect(appRoutePatterns().filter((pattern) => !fromFiles.has(pattern))).toEqual([])
  })
})

describe('hasRoute', () => {
  it('answers the pages and files of the URL contract, whatever the slug', () => {
    for (const path of [
      '/',
      '/es',
      '/treatments/anything',
      '/es/tratamientos/anything',
      '/es/equipo/maya-ellison',
      '/es/blog/page/2',
      '/es/blog/feed.xml',
      '/es/consulta/horarios',
      '/es/privacidad',
      '/es/asistencia-linguistica',
      '/language-assistance',
      '/team/_filtered',
      '/staff/enrol/token',
      '/studio',
      '/studio/structure/post',
      '/og/post/some-slug',
      '/sitemap/2.xml',
      '/api/consultations',
    ]) {
      expect([path, hasRoute(path)]).toEqual([path, true])
    }
  })

  it('has no route for anything else: those end at the global 404 page', () => {
    for (const path of [
      '/nope',
      '/blog/a/b',
      '/Blog',
      '/es/nope',
      '/es/algo/que/no/existe',
      '/es/team',
      '/es/ubicaciones/portland-division',
      '/es/consulta/horarios/extra',
      '/__not-found',
      '/og/post',
      '/robots.txt/x',
      '/api/nope',
    ]) {
      expect([path, hasRoute(path)]).toEqual([path, false])
    }
  })
})
