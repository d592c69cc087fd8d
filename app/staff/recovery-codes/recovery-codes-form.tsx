'use client'

import { useActionState } from 'react'
import { Link } from '@/components/site/link'
import { paths } from '@/lib/routes'
import styles from '../staff.module.css'
import { createRecoveryCodes, type RecoveryCodesState } from './actions'

const initial: RecoveryCodesState = { error: null }

/** Works without JavaScript too: the codes come back in the action's answer, once. */
export function RecoveryCodesForm() {
  const [state, action, pending] = useActionState(createRecoveryCodes, initial)
  if (state.codes) {
    return (
      <div role="status">
        <h2>Your recovery codes</h2>
        <p>Print them or keep them in a password manager now: they are not shown again. Older codes no longer work.</p>
        <ul className={styles.codes} aria-label="Recovery codes">
          {state.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Link href={paths.staff()} className={`${styles.button} ${styles.primary}`}>
          I have saved them: open the inbox
        </Link>
      </div>
    )
  }
  return (
    <form action={action}>
      {state.error ? (
        <p className={styles.error} role="alert">
          {state.error}
        </p>
      ) : null}
      <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={pending}>
        {pending ? 'Making codes…' : 'Show my recovery codes'}
      </button>
    </form>
  )
}
