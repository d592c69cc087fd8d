/**
 * Response headers every answer carries (pages, API, assets), set in next.config.ts.
 * The Content-Security-Policy is not here: it depends on the response (see csp.ts).
 */
import { paths } from '../routes'
import { API_POLICY, CSP_HEADER, DRAFT_MODE_API_POLICY } from './csp'

export interface HeaderRule {
  source: string
  headers: { key: string; value: string }[]
}

export const SECURITY_HEADERS = [
  // Two years, subdomains too: the clinic's site is HTTPS only. Browsers ignore it over plain HTTP.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The site needs none of these; a compromised script gets none of them either.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
  },
]

/** API answers hold patient data or one-time state: never stored by a browser or a CDN. */
export const NO_STORE = { key: 'Cache-Control', value: 'no-store, max-age=0' }

/**
 * Search results depend on what someone typed: no browser, proxy or CDN keeps them, and no
 * search engine indexes them (the page's robots meta says so too).
 */
export const SEARCH_RESULTS_HEADERS = [NO_STORE, { key: 'X-Robots-Tag', value: 'noindex' }]

export function securityHeaderRules(): HeaderRule[] {
  return [
    { source: '/:path*', headers: SECURITY_HEADERS },
    { source: '/api/:path*', headers: [NO_STORE, { key: CSP_HEADER, value: API_POLICY }] },
    { source: '/api/draft-mode/:path*', headers: [{ key: CSP_HEADER, value: DRAFT_MODE_API_POLICY }] },
    { source: paths.search(), headers: SEARCH_RESULTS_HEADERS },
  ]
}
