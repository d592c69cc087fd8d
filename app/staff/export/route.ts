/**
 * GET /staff/export: every stored request as CSV, for signed-in staff only. Each exported
 * record is written to the access log before the file is sent.
 */
import type { NextRequest } from 'next/server'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { actorOf } from '@/lib/staff/auth'
import { toCsv } from '@/lib/staff/csv'
import { exportRequests } from '@/lib/staff/inbox'
import { readSession, SESSION_COOKIE } from '@/lib/staff/sessions'

export const dynamic = 'force-dynamic'

const PRIVATE = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex, nofollow' }

export async function GET(request: NextRequest): Promise<Response> {
  const db = await getBookingDb()
  const session = await readSession(db, request.cookies.get(SESSION_COOKIE)?.value)
  if (!session)
    return new Response('Sign in first: /staff/sign-in\n', {
      status: 401,
      headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8' },
    })
  const rows = await exportRequests(db, actorOf(session))
  const day = new Date().toISOString().slice(0, 10)
  return new Response(toCsv(rows), {
    headers: {
      ...PRIVATE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="consultation-requests-${day}.csv"`,
    },
  })
}
