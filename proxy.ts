/** Applies the redirects editors manage in Sanity, on every request, with a single hop. */
import { NextResponse, type NextRequest } from 'next/server'
import { normalizePath } from '@/lib/seo/redirects'
import { redirectTable } from '@/lib/seo/redirect-table'

export async function proxy(request: NextRequest): Promise<NextResponse> {
  try {
    const redirect = (await redirectTable()).get(normalizePath(request.nextUrl.pathname))
    if (redirect) {
      const target = new URL(redirect.to, request.url)
      target.search = request.nextUrl.search
      return NextResponse.redirect(target, redirect.status)
    }
  } catch {
    // A content outage must not take the site down: serve the page without redirects.
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/((?!_next/|api/|studio|seed-images/|og/|favicon\\.ico|sitemap|robots\\.txt).*)'],
}
