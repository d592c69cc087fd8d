'use client'

import { startRegistration } from '@simplewebauthn/browser'
import { PasskeyButton } from '../../_components/passkey-button'
import { enrolPasskey, passkeyEnrolOptions } from './actions'

export function PasskeyEnrol({ token }: { token: string }) {
  return (
    <PasskeyButton
      label="Create a passkey"
      pendingLabel="Waiting for your device…"
      cancelledMessage="No passkey was created. Try again, or use the password option below."
      run={async () => {
        const start = await passkeyEnrolOptions(token)
        if (!start.ok) return start.error
        const response = await startRegistration({ optionsJSON: start.options })
        return (await enrolPasskey(token, start.challengeId, response)).error
      }}
    />
  )
}
