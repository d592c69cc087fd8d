'use client'

import { Link } from '@/components/site/link'
import { useActionState } from 'react'
import buttonStyles from '@/components/site/button.module.css'
import { paths } from '@/lib/routes'
import { cancelBooking, type CancelState } from './actions'

const initial: CancelState = { status: 'idle' }

/** The one button that cancels; works without JavaScript (the action answers the posted form). */
export function CancelForm({
  token,
  when,
  phone,
}: {
  token: string
  when: string
  phone: { e164: string; display: string }
}) {
  const [state, action, pending] = useActionState(cancelBooking, initial)
  const call = <a href={`tel:${phone.e164}`}>{phone.display}</a>

  switch (state.status) {
    case 'cancelled':
      return (
        <div role="status">
          <p>
            <strong>Your call on {state.when} is cancelled.</strong> The time is free for someone else.
          </p>
          <p>
            If you would like another time, <Link href={paths.consultation()}>book a new call</Link> or phone us on{' '}
            {call}.
          </p>
        </div>
      )
    case 'already-cancelled':
      return (
        <p role="status">
          This call ({state.when}) was already cancelled. <Link href={paths.consultation()}>Book a new call</Link> if
          you would like one.
        </p>
      )
    case 'too-late':
      return (
        <p role="alert">
          This call ({state.when}) has already started, so it can no longer be cancelled online. Please phone us on{' '}
          {call}.
        </p>
      )
    case 'invalid':
      return <p role="alert">This link no longer works. Please phone us on {call} and we will sort it out.</p>
    case 'error':
    case 'idle':
      return (
        <form action={action}>
          {state.status === 'error' ? (
            <p role="alert">We could not cancel just now. Please try again, or phone us on {call}.</p>
          ) : null}
          <p>
            Your call is booked for <strong>{when}</strong>.
          </p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={`${buttonStyles.button} ${buttonStyles.primary}`} disabled={pending}>
            {pending ? 'Cancelling…' : 'Cancel this call'}
          </button>
          <p>If you would rather keep it, just close this page: nothing changes.</p>
        </form>
      )
  }
}
