'use client'

import { browserSupportsWebAuthn } from '@simplewebauthn/browser'
import { useState, useSyncExternalStore } from 'react'
import styles from '../staff.module.css'

interface PasskeyButtonProps {
  label: string
  pendingLabel: string
  /** Runs the ceremony; resolves with an error to show (a success navigates away). */
  run: () => Promise<string>
  /** Shown when the browser's dialog was closed or the ceremony failed in the browser. */
  cancelledMessage: string
}

const neverChanges = () => () => undefined

/** One passkey ceremony behind a button: for signing in and for enrolling. */
export function PasskeyButton({ label, pendingLabel, run, cancelledMessage }: PasskeyButtonProps) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  // Only known in the browser (null while server-rendered and hydrating: the button waits, disabled).
  const supported = useSyncExternalStore(neverChanges, browserSupportsWebAuthn, () => null)

  async function start() {
    setPending(true)
    setError(null)
    try {
      setError(await run())
    } catch {
      setError(cancelledMessage)
    } finally {
      setPending(false)
    }
  }

  if (supported === false) {
    return <p className={styles.notice}>This browser cannot use passkeys. Use the password option below.</p>
  }
  return (
    <div>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className={`${styles.button} ${styles.primary}`}
        onClick={start}
        disabled={pending || supported === null}
      >
        {pending ? pendingLabel : label}
      </button>
    </div>
  )
}
