'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { rememberConfirmation } from '@/lib/consultations/server/confirmation'
import { echoValues, type BookingFormState } from '@/lib/consultations/shared/form-state'
import { getBookingDeps } from '@/lib/consultations/server/live'
import { requestConsultation, type BookingOutcome } from '@/lib/consultations/server/service'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import {
  bookingErrors,
  contactLimitMessage,
  couldNotSaveMessage,
  formDataToInput,
  HONEYPOT_FIELD,
  requestLanguage,
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
 * The /consultation and /es/consulta form's action, with or without JavaScript. The page's
 * language comes with the form (a hidden field): the answer, the thanks page, the e-mail and
 * the call back are in it. Next.js checks the Origin
 * header of every Server Action against the host; nothing here turns that off.
 */
export async function submitConsultation(previous: BookingFormState, form: FormData): Promise<BookingFormState> {
  const attempt = previous.status === 'error' ? previous.attempt + 1 : 1
  const input = { ...formDataToInput(form), [HONEYPOT_FIELD]: form.get(HONEYPOT_FIELD) ?? undefined }
  const language = requestLanguage(input)
  // A tampered language field is answered (in English) by the service like any bad field.
  const locale = language.ok ? language.locale : 'en'

  let outcome: BookingOutcome
  try {
    outcome = await requestConsultation(input, clientKey(await headers()), await getBookingDeps())
  } catch (error) {
    log.error('Consultation form submission failed', safeErrorSummary(error))
    outcome = { kind: 'invalid', errors: { _form: [couldNotSaveMessage(await clinicPhone(), locale)] } }
  }

  switch (outcome.kind) {
    case 'booked':
      await rememberConfirmation(outcome.reference)
      // Outside any try: redirect() works by throwing.
      redirect(paths.consultationThanks(locale))
    case 'ignored':
      redirect(paths.consultationThanks(locale))
    case 'rate-limited':
      return {
        status: 'error',
        attempt,
        values: echoValues(form),
        errors: {
          _form: [
            outcome.reason === 'contact'
              ? contactLimitMessage(await clinicPhone(), locale)
              : bookingErrors(locale).tooManyForm,
          ],
        },
      }
    case 'invalid':
    case 'conflict':
      return { status: 'error', attempt, values: echoValues(form), errors: outcome.errors }
  }
}
