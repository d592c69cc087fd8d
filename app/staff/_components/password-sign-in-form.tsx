'use client'

import { useActionState } from 'react'
import { signInWithPassword, type SignInState } from '../sign-in/actions'
import styles from '../staff.module.css'

const initial: SignInState = { error: null }

/** Works without JavaScript too: the Server Action answers the posted form. */
export function PasswordSignInForm() {
  const [state, action, pending] = useActionState(signInWithPassword, initial)
  const describedBy = state.error ? 'password-sign-in-error' : undefined
  return (
    <form action={action}>
      {state.error ? (
        <p className={styles.error} role="alert" id="password-sign-in-error">
          {state.error}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor="staff-email">E-mail address</label>
        <input
          id="staff-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={state.email}
          aria-describedby={describedBy}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="staff-password">Password</label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1000}
          aria-describedby={describedBy}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="staff-code">Code from your authenticator app</label>
        <span className={styles.hint} id="staff-code-hint">
          Six digits, or one of your recovery codes.
        </span>
        <input
          id="staff-code"
          name="code"
          autoComplete="one-time-code"
          required
          maxLength={20}
          aria-describedby={describedBy ? `staff-code-hint ${describedBy}` : 'staff-code-hint'}
        />
      </div>
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in with password'}
      </button>
    </form>
  )
}
