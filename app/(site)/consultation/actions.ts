'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { rememberConfirmation } from '@/lib/consultations/server/confirmation'
import { echoValues, type BookingFormState } from '@/lib/consultations/shared/form-state'
import { getBookingDeps } from '@/lib/consultations/server/live'
import { requestConsultation, type BookingOutcome } from '@/lib/consultations/server/service'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import {
  contactLimitMessage,
  couldNotSaveMessage,
  formDataToInput,
  HONEYPOT_FIELD,
} from '@/lib/consultations/shared/form-fields'
import { getSiteSettings } from '@/lib/content'
import { log } from '@/lib/log'
import { clientKey } from '@/lib/rate-limit/client-key'
import { paths } from '@/lib/routes'

/** The clinic's number for a message that asks the patient to call; site settings come from the content cache. */
async function clinicPhone(): Promise<string | null> {
  return getSiteSettings().then(
    (settings) => settings.phone.display,
    () => null,
  )
}

/**
 * The /consultation form's action, with or without JavaScript. Next.js checks the Origin
 * header of every Server Action against the host; nothing here turns that off.
 */
export async function submitConsultation(previous: BookingFormState, form: FormData): Promise<BookingFormState> {
  const attempt = previous.status === 'error' ? previous.attempt + 1 : 1
  const input = { ...formDataToInput(form), [HONEYPOT_FIELD]: form.get(HONEYPOT_FIELD) ?? undefined }

  let outcome: BookingOutcome
  try {
    outcome = await requestConsultation(input, clientKey(await headers()), await getBookingDeps())
  } catch (error) {
    log.error('Consultation form submission failed', safeErrorSummary(error))
    outcome = { kind: 'invalid', errors: { _form: [couldNotSaveMessage(await clinicPhone())] } }
  }

  switch (outcome.kind) {
    case 'booked':
      await rememberConfirmation(outcome.reference)
      // Outside any try: redirect() works by throwing.
      redirect(paths.consultationThanks())
    case 'ignored':
      redirect(paths.consultationThanks())
    case 'rate-limited':
      return {
        status: 'error',
        attempt,
        values: echoValues(form),
        errors: {
          _form: [
            outcome.reason === 'contact'
              ? contactLimitMessage(await clinicPhone())
              : 'You have sent this form several times in a short while. Please wait a few minutes, or call us.',
          ],
        },
      }
    case 'invalid':
    case 'conflict':
      return { status: 'error', attempt, values: echoValues(form), errors: outcome.errors }
  }
}
