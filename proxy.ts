/**
 * Runs before every request but build assets. First the host rules (lib/security/host-rules.ts):
 * with STAFF_ORIGIN the inbox answers only on the staff host and that host serves nothing else;
 * STUDIO_ENABLED=false answers /studio with the 404 page. The APIs, the Studio and generated
 * files then go on untouched. Pages get the redirects editors manage in Sanity (one hop), the
 * full site 404 for URLs no page answers, and, when rendered per request, a nonce
 * Content-Security-Policy (static pages carry a hash-based one from the ISR cache:
 * lib/security/csp-cache-handler.cjs).
 *
 * 404s: Next renders one 404 page in full on the server, app/global-not-found.tsx (why only that
 * one: see there). It answers URLs no route has (`hasRoute`, lib/routes.ts) and, rewritten to it
 * here, URLs whose route has no such document (unknown article, treatment, profile, category or
 * listing page) and the host rules' refusals. It speaks the URL's language (Spanish under /es,
 * English elsewhere), which this proxy names in a request header (lib/i18n/not-found-locale.ts);
 * reading it makes the page render per request, so every request that can end there gets a nonce
 * policy here (an unknown API path excepted: it keeps the APIs' own policy from next.config.ts).
 *
 * Tried for the Spanish 404 and dropped (2026-12): a catch-all under app/(es)/es calling notFound(),
 * prerendered or per request (Next sends an empty `__next_error__` document that only JavaScript
 * fills in), and `NextResponse.rewrite(url, { status: 404 })` to a Spanish page (Next proxies the
 * request and the socket hangs up).
 */
import { NextResponse, type NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { NOT_FOUND_LOCALE_HEADER } from '@/lib/i18n/not-found-locale'
import { apiPaths, hasRoute, isProxyPassthrough, localeOfPath, paths, type Locale } from '@/lib/routes'
import { API_POLICY, CSP_HEADER, dynamicPagePolicy, newNonce } from '@/lib/security/csp'
import { hostDecision, hostRulesFrom } from '@/lib/security/host-rules'
import { TEAM_FILTERED_ROUTE, perRequestRewrite, rendersPerRequest } from '@/lib/security/dynamic-pages'
import { isLiveDraftModeCookie } from '@/lib/security/draft-mode-cookie'
import { isUnknownContentPath } from '@/lib/seo/known-paths'
import { normalizePath, redirectSourceProblem, redirectTargetProblem } from '@/lib/seo/redirects'
import { routeTable } from '@/lib/seo/route-table'

/**
 * No route answers these, so Next renders the global 404 page, with status 404; each lies in its
 * language's folder. The proxy runs again for its own rewrite (a request header it set then is
 * still there, but the path is what it reads afresh), so the path alone must name the language.
 */
const NOT_FOUND_PATHS: Record<Locale, string> = { en: '/__not-found', es: '/es/__not-found' }

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
      return notFoundPage(request, path, 'rewrite')
    case 'pass':
      break
  }
  if (isProxyPassthrough(path)) {
    // An unknown API path keeps the APIs' own policy (next.config.ts); other unknown paths get the 404 page.
    return hasRoute(path) || path.startsWith(apiPaths.root())
      ? NextResponse.next()
      : notFoundPage(request, path, 'as-routed')
  }
  let knownPaths: Set<string> | null = null
  try {
    const table = await routeTable()
    const redirect = table.redirects.get(path)
    const target = redirect ? sameOriginTarget(path, redirect.to, request) : null
    if (redirect && target) return NextResponse.redirect(target, redirect.status)
    knownPaths = table.knownPaths
  } catch {
    // A content outage must not take the site down: serve the page as routed.
  }
  // After the redirects: a rule often starts at a path that no longer has a page.
  if (!hasRoute(path)) return notFoundPage(request, path, 'as-routed')
  // The proxy runs again for its own rewrite to the team directory's per-request route.
  const internal = path === TEAM_FILTERED_ROUTE
  if (knownPaths && !internal && !request.cookies.has(DRAFT_MODE_COOKIE) && isUnknownContentPath(path, knownPaths)) {
    return notFoundPage(request, path, 'rewrite')
  }
  return withNoncePolicy(request, path)
}

/**
 * The global 404 page (app/global-not-found.tsx) in the URL's language, under a nonce policy (it
 * renders per request). `rewrite`: a route would answer this URL (a slug no document has, the inbox
 * on the public host), so send it to a path none answers. `as-routed`: none does already, and Next
 * gets there by itself. Not rewritten, so that a route missing from `hasRoute`'s list would still
 * render rather than turn into a 404 (__tests__/lib/app-routes.test.ts keeps the list complete).
 */
function notFoundPage(request: NextRequest, path: string, how: 'rewrite' | 'as-routed'): NextResponse {
  const locale = localeOfPath(path)
  const headers = new Headers(request.headers)
  headers.set(NOT_FOUND_LOCALE_HEADER, locale)
  return withPolicy(request, headers, how === 'rewrite' ? new URL(NOT_FOUND_PATHS[locale], request.url) : null)
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
  return withPolicy(request, new Headers(request.headers), target)
}

/** A fresh nonce policy on the request (for Next to render with) and on the response, to `target` or as routed. */
function withPolicy(request: NextRequest, headers: Headers, target: URL | null): NextResponse {
  const draftMode = isLiveDraftModeCookie(request.cookies.get(DRAFT_MODE_COOKIE)?.value)
  const development = process.env.NODE_ENV === 'development'
  const policy = dynamicPagePolicy({ nonce: newNonce(), framedByStudio: draftMode, development })
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
