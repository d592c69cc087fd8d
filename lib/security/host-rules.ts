/**
 * Which host may serve what. The Studio loads a remote script and about a thousand packages, and
 * the public pages load whatever editors embed; the care team's inbox shows patient data. Given
 * a STAFF_ORIGIN, the inbox lives alone on that origin, so none of that code ever runs where a
 * staff session does (browsers isolate origins, and the session cookie is host-only).
 *
 * This separates origins for the browser; it does not hide the staff host from the network (a
 * client can send any Host header). Restrict who reaches it at the proxy in front if needed.
 */
import { paths } from '@/lib/routes'

export interface HostRules {
  /** The staff host (`host` of STAFF_ORIGIN: name and any non-default port), or null for one host. */
  staffHost: string | null
  studioEnabled: boolean
}

export type HostDecision =
  /** Go on with the usual routing. */
  | 'pass'
  /** The staff host's front door: send the care team to the inbox. */
  | 'to-inbox'
  /** The site's own 404 page (the public host: the inbox or the Studio is not here). */
  | 'site-not-found'
  /** A bare 404 with no site content (the staff host serves nothing but the inbox). */
  | 'bare-not-found'

/** What the staff host serves besides /staff: the icon the pages link to. Build assets skip the proxy. */
const STAFF_HOST_FILES = new Set(['/icon.svg'])

export function hostRulesFrom(env: { STAFF_ORIGIN?: string; STUDIO_ENABLED: boolean }): HostRules {
  return {
    staffHost: env.STAFF_ORIGIN ? new URL(env.STAFF_ORIGIN).host : null,
    studioEnabled: env.STUDIO_ENABLED,
  }
}

/** A Host header as the URL parser writes a host: lower case, no default port, no trailing dot. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/:(80|443)$/, '')
    .replace(/\.$/, '')
}

const strictlyUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/**
 * Read leniently for refusing: decoded, slashes collapsed, case ignored, so no spelling of
 * /staff or /studio that a router might still resolve slips past a rule that refuses it.
 */
function looselyUnder(path: string, prefix: string): boolean {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A malformed escape is compared as written.
  }
  const loose = decoded.replace(/[/\\]+/g, '/').toLowerCase()
  return strictlyUnder(loose.length > 1 ? loose.replace(/\/$/, '') : loose, prefix)
}

/** What to do with a request for `path` (normalised, no query) on `host` (the Host header). */
export function hostDecision(rules: HostRules, host: string, path: string): HostDecision {
  const staff = paths.staff()
  if (rules.staffHost !== null && normalizeHost(host) === rules.staffHost) {
    // Allowed here only what is exactly the inbox: anything else, however spelled, is refused.
    if (strictlyUnder(path, staff) || STAFF_HOST_FILES.has(path)) return 'pass'
    return path === '/' ? 'to-inbox' : 'bare-not-found'
  }
  if (rules.staffHost !== null && looselyUnder(path, staff)) return 'site-not-found'
  if (!rules.studioEnabled && looselyUnder(path, paths.studio())) return 'site-not-found'
  return 'pass'
}
