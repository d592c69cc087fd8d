/**
 * Redirects edited in Sanity. Chains are collapsed so every old URL answers with a single hop
 * to its final destination; a set of rules that loops is refused (the Studio blocks it too).
 */
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
