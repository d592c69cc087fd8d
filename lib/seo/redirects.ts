/**
 * Redirects edited in Sanity. Chains are collapsed so every old URL answers with a single hop
 * to its final destination; a set of rules that loops is refused (the Studio blocks it too).
 *
 * Browser-safe (the Studio validates with the same rules): `redirectSourceProblem` and
 * `redirectTargetProblem` are the one definition of an acceptable rule, used by the Studio's
 * validation, the runtime content schema and the proxy.
 */
import { apiPaths, paths } from '@/lib/routes'
export interface RedirectRule {
  from: string
  to: string
  permanent: boolean
}

export interface ResolvedRedirect {
  to: string
  status: 307 | 308
}

/** `/Blog/Old/` and `/Blog/Old` are one URL to a patient; compare paths without the trailing slash. */
export function normalizePath(path: string): string {
  const withoutQuery = path.split(/[?#]/)[0] ?? ''
  const trimmed = withoutQuery.length > 1 ? withoutQuery.replace(/\/+$/, '') : withoutQuery
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** The first loop in the rules, as the list of paths it visits, or null. */
export function findRedirectLoop(rules: RedirectRule[]): string[] | null {
  const next = new Map(rules.map((rule) => [normalizePath(rule.from), normalizePath(rule.to)]))
  for (const start of next.keys()) {
    const visited: string[] = [start]
    let current = next.get(start)
    while (current !== undefined) {
      if (current === start || visited.includes(current)) return [...visited, current]
      visited.push(current)
      current = next.get(current)
    }
  }
  return null
}

/**
 * One lookup table from old path to final destination. A chain is permanent only if every hop
 * is; rules on a loop are left out (and reported by the caller) rather than served.
 */
export function compileRedirects(rules: RedirectRule[]): Map<string, ResolvedRedirect> {
  const byFrom = new Map(rules.map((rule) => [normalizePath(rule.from), rule]))
  const table = new Map<string, ResolvedRedirect>()
  for (const from of byFrom.keys()) {
    let permanent = true
    let target = from
    const seen = new Set<string>()
    let rule = byFrom.get(target)
    while (rule && !seen.has(target)) {
      seen.add(target)
      permanent &&= rule.permanent
      target = normalizePath(rule.to)
      rule = byFrom.get(target)
    }
    const loops = rule !== undefined
    if (!loops && target !== from) table.set(from, { to: target, status: permanent ? 308 : 307 })
  }
  return table
}

/** Stands in for the site's origin: a target must resolve to a path on whatever origin serves it. */
const SITE = 'https://site.invalid'

/** Never redirected to or from: the APIs, the Studio, build assets and the care team's inbox. */
const RESERVED = [apiPaths.root().replace(/\/$/, ''), paths.studio(), '/_next', paths.staff()]
/** Also never redirected from: a rule must not take over the booking flow, in either language. */
const RESERVED_SOURCES = [...RESERVED, paths.consultation(), paths.consultation('es')]

/** The path as the router may read it: percent-escapes decoded, compared case-blind. */
function readablePath(path: string): string {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A malformed escape stays as written; it is still checked below.
  }
  return normalizePath(decoded).toLowerCase()
}

const under = (path: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))

/**
 * A site-relative path and nothing else: one leading "/", no "//" or "\\" (browsers read
 * `/\\evil.example` as another host), no spaces or control characters, and resolving it
 * against the site leaves the origin unchanged.
 */
function pathProblem(path: string): string | null {
  if (!path.startsWith('/') || path.startsWith('//')) return 'Start with a single "/", e.g. /blog/old-title.'
  // Control characters and whitespace (Unicode spaces too): no real path has them.
  if (/[\s\p{Cc}]/u.test(path)) return 'A path cannot contain spaces or control characters.'
  if (path.includes('\\') || path.includes('//')) return 'A path cannot contain "\\" or "//".'
  try {
    if (new URL(path, SITE).origin !== SITE) return 'Use a path on this site, not another address.'
  } catch {
    return 'Use a path on this site, not another address.'
  }
  return null
}

/** Why `path` cannot be a redirect's source ("from"), or null when it can. */
export function redirectSourceProblem(path: string): string | null {
  const problem = pathProblem(path)
  if (problem) return problem
  if (under(readablePath(path), RESERVED_SOURCES)) {
    return 'The /api, /studio, /_next, /staff, /consultation and /es/consulta paths cannot be redirected.'
  }
  return null
}

/** Why `path` cannot be a redirect's target ("to"), or null when it can. */
export function redirectTargetProblem(path: string): string | null {
  const problem = pathProblem(path)
  if (problem) return problem
  if (under(readablePath(path), RESERVED)) return 'A redirect cannot lead to /api, /studio, /_next or /staff.'
  return null
}
