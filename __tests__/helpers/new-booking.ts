import type { NewBooking } from '@/lib/consultations/server/store'

const SLOT_MS = 15 * 60_000

/** A valid booking row for the store suites: a 15-minute call at `slotStart`, nothing optional. */
export function newBooking(slotStart: Date, overrides: Partial<NewBooking> = {}): NewBooking {
  return {
    slotStart,
    slotEnd: new Date(slotStart.getTime() + SLOT_MS),
    holdEnd: new Date(slotStart.getTime() + SLOT_MS),
    name: 'Alex Rivera',
    phone: '+12125550123',
    email: null,
    timeZone: 'America/New_York',
    treatmentSlug: null,
    consentAt: new Date(),
    idempotencyKey: null,
    language: 'en',
    ...overrides,
  }
}
