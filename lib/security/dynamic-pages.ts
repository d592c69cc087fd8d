/**
 * Pages rendered for each request (ƒ in the `next build` route list): the booking form's
 * server-rendered times, its confirmation and cancellation, the care team's inbox (/staff), site
 * search's results (they depend on the query string), and the team directory's filtered views. Every other page, /consultation, /team itself and the
 * team's profiles included, is prerendered.
 * The headers e2e test fails if a page is missing here (no policy) or listed wrongly (two
 * policies, scripts blocked). The 404 page renders per request too, in the URL's language; the
 * proxy gives it its policy wherever a request ends there (proxy.ts, notFoundPage).
 */
import { paths } from '@/lib/routes'

// The booking pages under /consultation and /es/consulta (the form pages themselves are prerendered).
const PER_REQUEST = [/^\/consultation\/./, /^\/es\/consulta\/./, /^\/staff(\/|$)/, /^\/search$/]

/** The GET parameters that filter the team directory (lib/care-team/directory.ts reads them). */
const TEAM_FILTER_PARAMS = ['treatment', 'language']

/**
 * Where the proxy renders the team directory's filtered views: a route of their own, so /team
 * stays a static page a CDN can keep while /team?treatment=… is rendered for each request. The
 * folder is `%5Ffiltered` (Next's spelling of a segment starting with "_"); no slug can start with
 * "_", so it never hides a profile, and the proxy answers it with the 404 page when requested
 * directly (it is not a known profile).
 */
export const TEAM_FILTERED_ROUTE = `${paths.team()}/_filtered`

/** The internal route a request is rendered at instead of its own path, or null. */
export function perRequestRewrite(path: string, query: URLSearchParams): string | null {
  if (path === paths.team() && TEAM_FILTER_PARAMS.some((name) => query.has(name))) return TEAM_FILTERED_ROUTE
  return null
}

export function rendersPerRequest(path: string, query: URLSearchParams = new URLSearchParams()): boolean {
  return PER_REQUEST.some((pattern) => pattern.test(path)) || perRequestRewrite(path, query) !== null
}
