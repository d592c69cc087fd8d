'use client'

import { useActionState } from 'react'
import { signIn, type SignInState } from '../actions'
import styles from '../staff.module.css'

const initial: SignInState = { error: null }

/** Works without JavaScript too: the Server Action answers the posted form. */
export function SignInForm({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState(signIn, initial)
  return (
    <form action={action} noValidate={false}>
      {state.error ? (
        <p className={styles.error} role="alert" id="sign-in-error">
          {state.error}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor="staff-name">Your name</label>
        <span className={styles.hint} id="staff-name-hint">
          Recorded with every record you open, for the access log.
        </span>
        <input
          id="staff-name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          aria-describedby="staff-name-hint"
          defaultValue={state.name}
          disabled={disabled}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="staff-password">Staff password</label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1000}
          aria-describedby={state.error ? 'sign-in-error' : undefined}
          disabled={disabled}
        />
      </div>
      <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={disabled || pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
