/**
 * Runs before every request but build assets. First the host rules (lib/security/host-rules.ts):
 * with STAFF_ORIGIN the inbox answers only on the staff host and that host serves nothing else;
 * STUDIO_ENABLED=false answers /studio with the 404 page. The APIs, the Studio and generated
 * files then go on untouched. Pages get the redirects editors manage in Sanity (one hop), the
 * full site 404 for unknown article, treatment, team and listing URLs, and, when rendered per
 * request, a nonce Content-Security-Policy (static pages carry a hash-based one from the ISR
 * cache: lib/security/csp-cache-handler.cjs).
 */
import { NextResponse, type NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { isProxyPassthrough, paths } from '@/lib/routes'
import { API_POLICY, CSP_HEADER, dynamicPagePolicy, newNonce } from '@/lib/security/csp'
import { hostDecision, hostRulesFrom } from '@/lib/security/host-rules'
import { TEAM_FILTERED_ROUTE, perRequestRewrite, rendersPerRequest } from '@/lib/security/dynamic-pages'
import { isLiveDraftModeCookie } from '@/lib/security/draft-mode-cookie'
import { isUnknownContentPath } from '@/lib/seo/known-paths'
import { normalizePath, redirectSourceProblem, redirectTargetProblem } from '@/lib/seo/redirects'
import { routeTable } from '@/lib/seo/route-table'

/** No page lives here, so Next renders the root not-found page (English), with status 404. */
const NOT_FOUND_PATH = '/__not-found'

/** Set by draft mode: an editor may preview a draft whose slug is not published yet. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const hostRules = hostRulesFrom(env)

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const path = normalizePath(request.nextUrl.pathname)
  const host = request.headers.get('host') ?? request.nextUrl.host
  switch (hostDecision(hostRules, host, path)) {
    case 'to-inbox':
      return NextResponse.redirect(new URL(paths.staff(), env.STAFF_ORIGIN ?? request.url), 307)
    case 'bare-not-found':
      return bareNotFound()
    case 'site-not-found':
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
    case 'pass':
      break
  }
  if (isProxyPassthrough(path)) return NextResponse.next()
  try {
    const table = await routeTable()
    const redirect = table.redirects.get(path)
    const target = redirect ? sameOriginTarget(path, redirect.to, request) : null
    if (redirect && target) return NextResponse.redirect(target, redirect.status)
    // The proxy runs again for its own rewrite to the team directory's per-request route.
    const internal = path === TEAM_FILTERED_ROUTE
    if (!internal && !request.cookies.has(DRAFT_MODE_COOKIE) && isUnknownContentPath(path, table.knownPaths)) {
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
    }
  } catch {
    // A content outage must not take the site down: serve the page as routed.
  }
  return withNoncePolicy(request, path)
}

/** The staff host's answer to anything but the inbox: no page, no script, nothing to cache. */
function bareNotFound(): NextResponse {
  return new NextResponse('Not found', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store, max-age=0',
      [CSP_HEADER]: API_POLICY,
    },
  })
}

/**
 * Where a redirect leads, or null to ignore it. The content schema already drops rules that
 * leave the site or start at a reserved path; this is the last check, on what is about to be sent.
 */
function sameOriginTarget(from: string, to: string, request: NextRequest): URL | null {
  if (redirectSourceProblem(from) !== null || redirectTargetProblem(to) !== null) return null
  const target = new URL(to, request.url)
  if (target.origin !== request.nextUrl.origin) return null
  target.search = request.nextUrl.search
  return target
}

/**
 * Next reads the nonce from the request's policy and puts it on every script it renders; the
 * browser gets the same policy. Only for pages rendered now: a static page served from the
 * cache has no nonce in it and already brings its own (hash) policy.
 */
function withNoncePolicy(request: NextRequest, path: string): NextResponse {
  const draftMode = isLiveDraftModeCookie(request.cookies.get(DRAFT_MODE_COOKIE)?.value)
  const development = process.env.NODE_ENV === 'development'
  // A filtered view of a static page (/team?language=es) renders at a per-request route of its own.
  const rewrite = perRequestRewrite(path, request.nextUrl.searchParams)
  const target = rewrite ? new URL(`${rewrite}${request.nextUrl.search}`, request.url) : null
  // A form posted without JavaScript (a Server Action) renders even a static page again, now.
  const renderedNow = rendersPerRequest(path, request.nextUrl.searchParams) || request.method === 'POST'
  if (!draftMode && !development && !renderedNow) return NextResponse.next()
  const policy = dynamicPagePolicy({ nonce: newNonce(), framedByStudio: draftMode, development })
  const headers = new Headers(request.headers)
  headers.set(CSP_HEADER, policy)
  const response = target
    ? NextResponse.rewrite(target, { request: { headers } })
    : NextResponse.next({ request: { headers } })
  response.headers.set(CSP_HEADER, policy)
  return response
}

// Next reads the matcher at build time, so it must be a literal: it is `proxyMatcher()` from
// lib/routes.ts written out, and __tests__/proxy.test.ts fails when the two differ.
export const config = {
  matcher: ['/((?!_next/|favicon\\.ico).*)'],
}
