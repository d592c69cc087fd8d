/**
 * Runs before every page request: applies the redirects editors manage in Sanity (one hop),
 * and answers unknown article, treatment, team and listing URLs with the full site 404.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { isUnknownContentPath } from '@/lib/seo/known-paths'
import { normalizePath } from '@/lib/seo/redirects'
import { routeTable } from '@/lib/seo/route-table'

/** No page lives here, so Next renders the root not-found page, with status 404. */
const NOT_FOUND_PATH = '/__not-found'
/** Set by draft mode: an editor may preview a draft whose slug is not published yet. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const path = normalizePath(request.nextUrl.pathname)
  try {
    const table = await routeTable()
    const redirect = table.redirects.get(path)
    if (redirect) {
      const target = new URL(redirect.to, request.url)
      target.search = request.nextUrl.search
      return NextResponse.redirect(target, redirect.status)
    }
    if (!request.cookies.has(DRAFT_MODE_COOKIE) && isUnknownContentPath(path, table.knownPaths)) {
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
    }
  } catch {
    // A content outage must not take the site down: serve the page as routed.
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/((?!_next/|api/|studio|seed-images/|og/|favicon\\.ico|sitemap|robots\\.txt).*)'],
}
