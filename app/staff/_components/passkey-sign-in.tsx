'use client'

import { startAuthentication } from '@simplewebauthn/browser'
import { passkeySignInOptions, signInWithPasskey } from '../sign-in/actions'
import { PasskeyButton } from './passkey-button'

/** The browser asks which passkey to use: nobody types an e-mail address. */
export function PasskeySignIn() {
  return (
    <PasskeyButton
      label="Sign in with a passkey"
      pendingLabel="Waiting for your passkey…"
      cancelledMessage="No passkey was used. Try again, or sign in with your password below."
      run={async () => {
        const start = await passkeySignInOptions()
        if (!start.ok) return start.error
        const response = await startAuthentication({ optionsJSON: start.options })
        return (await signInWithPasskey(start.challengeId, response)).error
      }}
    />
  )
}
