'use client'

import { useActionState } from 'react'
import styles from '../../staff.module.css'
import { enrolWithPassword, type PasswordEnrolState } from './actions'

const initial: PasswordEnrolState = { error: null }

/** Works without JavaScript too. On success the person is signed in and sent on to make recovery codes. */
export function PasswordEnrolForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(enrolWithPassword, initial)
  const describedBy = state.error ? 'enrol-error' : undefined
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      {state.error ? (
        <p className={styles.error} role="alert" id="enrol-error">
          {state.error}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor="enrol-password">New password</label>
        <span className={styles.hint} id="enrol-password-hint">
          At least 12 characters. A passphrase of a few words is easier to type.
        </span>
        <input
          id="enrol-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={1000}
          aria-describedby={describedBy ? `enrol-password-hint ${describedBy}` : 'enrol-password-hint'}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="enrol-confirm">The same password again</label>
        <input
          id="enrol-confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          maxLength={1000}
          aria-describedby={describedBy}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="enrol-code">Code from your authenticator app</label>
        <input
          id="enrol-code"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]{6}"
          required
          maxLength={6}
          aria-describedby={describedBy}
        />
      </div>
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Setting up…' : 'Set password and app'}
      </button>
    </form>
  )
}
