/** Leaves draft mode and returns to the page the editor was on (same site only). */
import { draftMode } from 'next/headers'
import { safeRedirectPath } from '@/lib/content/preview'
import { paths } from '@/lib/routes'

export const dynamic = 'force-dynamic'

function returnPath(request: Request): string {
  const url = new URL(request.url)
  const asked = url.searchParams.get('redirect')
  if (asked) return safeRedirectPath(asked)
  const referer = request.headers.get('referer')
  if (!referer) return paths.home()
  try {
    const from = new URL(referer)
    // Only a page of this site, and only its path. Behind `next start` or a proxy the request
    // URL may name another host than the browser used, so the Host headers count too.
    const hosts = [url.host, request.headers.get('host'), request.headers.get('x-forwarded-host')]
    return hosts.includes(from.host) ? safeRedirectPath(`${from.pathname}${from.search}`) : paths.home()
  } catch {
    return paths.home()
  }
}

export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  return new Response(null, { status: 307, headers: { Location: returnPath(request), 'Cache-Control': 'no-store' } })
}
