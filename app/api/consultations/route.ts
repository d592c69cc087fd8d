import { handleCreateRequest } from '@/lib/consultations/server/http'
import { getBookingDeps } from '@/lib/consultations/server/live'
import { clientKey } from '@/lib/rate-limit/client-key'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  return handleCreateRequest(request, clientKey(request.headers), await getBookingDeps())
}
