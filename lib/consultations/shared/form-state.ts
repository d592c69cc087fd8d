/** What the Server Action hands back to the form (JS or not): errors plus the patient's input. */
import { LIMITS, type FieldErrors } from './form-fields'

export interface FormValues {
  name: string
  phone: string
  email: string
  slotStart: string
  treatment: string
  consent: boolean
}

export type BookingFormState =
  | { status: 'idle' }
  /** `attempt` changes on every answer so the form can react to the same errors twice. */
  | { status: 'error'; errors: FieldErrors; values: FormValues; attempt: number }

export const initialFormState: BookingFormState = { status: 'idle' }

export const emptyValues: FormValues = { name: '', phone: '', email: '', slotStart: '', treatment: '', consent: false }

/** The input echoed back so nothing typed is lost; cut to the field limits, never reflected in bulk. */
export function echoValues(form: FormData): FormValues {
  const text = (name: keyof typeof LIMITS) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, LIMITS[name] * 2) : ''
  }
  return {
    name: text('name'),
    phone: text('phone'),
    email: text('email'),
    slotStart: text('slotStart'),
    treatment: text('treatment'),
    consent: form.get('consent') === 'yes',
  }
}
