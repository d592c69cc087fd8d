import { handleSlotsRequest } from '@/lib/consultations/server/http'
import { getBookingDeps } from '@/lib/consultations/server/live'
import { clientKey } from '@/lib/rate-limit/client-key'

// Availability changes with every booking: never cached, never prerendered.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return handleSlotsRequest(request, clientKey(request.headers), await getBookingDeps())
}
