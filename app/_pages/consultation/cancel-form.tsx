'use client'

import { Link } from '@/components/site/link'
import { useActionState } from 'react'
import buttonStyles from '@/components/site/button.module.css'
import { messages, type Locale } from '@/lib/i18n'
import { paths } from '@/lib/routes'
import { cancelBooking, type CancelState } from './cancel-actions'

const initial: CancelState = { status: 'idle' }

/** The one button that cancels; works without JavaScript (the action answers the posted form). */
export function CancelForm({
  token,
  when,
  phone,
  locale,
}: {
  token: string
  when: string
  phone: { e164: string; display: string }
  locale: Locale
}) {
  const [state, action, pending] = useActionState(cancelBooking, initial)
  const t = messages(locale).booking.cancel
  const call = <a href={`tel:${phone.e164}`}>{phone.display}</a>
  const book = paths.consultation(locale)

  switch (state.status) {
    case 'cancelled':
      return (
        <div role="status">
          <p>
            <strong>
              {t.cancelledBefore}
              {state.when}
              {t.cancelledAfter}
            </strong>
            {t.freeForOthers}
          </p>
          <p>
            {t.anotherTimeBefore}
            <Link href={book}>{t.bookNew}</Link>
            {t.anotherTimeAfter}
            {call}.
          </p>
        </div>
      )
    case 'already-cancelled':
      return (
        <p role="status">
          {t.alreadyCancelled(state.when)}
          <Link href={book}>{t.bookNewCap}</Link>
          {t.ifYouWould}
        </p>
      )
    case 'too-late':
      return (
        <p role="alert">
          {t.tooLate(state.when)}
          {call}.
        </p>
      )
    case 'invalid':
      return (
        <p role="alert">
          {t.linkDead}
          {call}
          {t.sortItOut}
        </p>
      )
    case 'error':
    case 'idle':
      return (
        <form action={action}>
          {state.status === 'error' ? (
            <p role="alert">
              {t.failed}
              {call}.
            </p>
          ) : null}
          <p>
            {t.bookedFor}
            <strong>{when}</strong>.
          </p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="language" value={locale} />
          <button type="submit" className={`${buttonStyles.button} ${buttonStyles.primary}`} disabled={pending}>
            {pending ? t.cancelling : t.button}
          </button>
          <p>{t.keep}</p>
        </form>
      )
  }
}
