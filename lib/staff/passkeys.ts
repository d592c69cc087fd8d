/**
 * Passkeys (WebAuthn) through @simplewebauthn/server: the primary way staff sign in. Challenges
 * are rows, used once and only for a few minutes. Sign-in asks for any passkey of this site
 * (discoverable credentials), so nobody types an e-mail address, and user verification
 * (the device's PIN or biometrics) is required: a passkey is both factors at once.
 */
import 'server-only'
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import type { Queryable } from '@/lib/consultations/server/db'
import type { Role, StaffAccount } from './accounts'

export interface RelyingParty {
  /** The staff origin's host name: passkeys made here work only here. */
  id: string
  name: string
  origin: string
}

const CHALLENGE_MINUTES = 5

type Purpose = 'register' | 'authenticate'

async function saveChallenge(db: Queryable, challenge: string, purpose: Purpose, now: Date): Promise<string> {
  // Challenges nobody answered go here, so the table stays small (asking for one is rate-limited).
  await db.query('DELETE FROM staff_challenges WHERE expires_at <= $1', [now])
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO staff_challenges (challenge, purpose, expires_at) VALUES ($1, $2, $3) RETURNING id',
    [challenge, purpose, new Date(now.getTime() + CHALLENGE_MINUTES * 60_000)],
  )
  const [row] = rows
  if (!row) throw new Error('The challenge was not written')
  return row.id
}

/** Deletes and returns the challenge: whatever the outcome, it cannot be answered twice. */
async function takeChallenge(db: Queryable, id: string, purpose: Purpose, now: Date): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null
  const { rows } = await db.query<{ challenge: string }>(
    'DELETE FROM staff_challenges WHERE id = $1 AND purpose = $2 AND expires_at > $3 RETURNING challenge',
    [id, purpose, now],
  )
  return rows[0]?.challenge ?? null
}

export async function registrationOptions(
  db: Queryable,
  account: StaffAccount,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const { rows } = await db.query<{ credential_id: string; transports: string[] }>(
    'SELECT credential_id, transports FROM staff_passkeys WHERE account_id = $1',
    [account.id],
  )
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: account.email,
    userDisplayName: account.name,
    userID: new TextEncoder().encode(account.id),
    attestationType: 'none',
    excludeCredentials: rows.map((row) => ({ id: row.credential_id, transports: row.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  })
  return { challengeId: await saveChallenge(db, options.challenge, 'register', now), options }
}

/** Verifies the new passkey and stores it for the account; false if it does not verify. */
export async function registerPasskey(
  db: Queryable,
  account: StaffAccount,
  challengeId: string,
  response: RegistrationResponseJSON,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<boolean> {
  const challenge = await takeChallenge(db, challengeId, 'register', now)
  if (!challenge) return false
  let verification
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    })
  } catch {
    // A malformed or foreign response: the library throws; for the caller it is just "no".
    return false
  }
  if (!verification.verified) return false
  const { credential } = verification.registrationInfo
  await db.query(
    `INSERT INTO staff_passkeys (credential_id, account_id, public_key, counter, transports, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      credential.id,
      account.id,
      Buffer.from(credential.publicKey),
      credential.counter,
      credential.transports ?? [],
      now,
    ],
  )
  return true
}

export async function authenticationOptions(
  db: Queryable,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required' })
  return { challengeId: await saveChallenge(db, options.challenge, 'authenticate', now), options }
}

/** The active account whose passkey signed the challenge, or null. */
export async function verifyPasskey(
  db: Queryable,
  challengeId: string,
  response: AuthenticationResponseJSON,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<StaffAccount | null> {
  const challenge = await takeChallenge(db, challengeId, 'authenticate', now)
  if (!challenge || typeof response.id !== 'string') return null
  const { rows } = await db.query<{
    credential_id: string
    public_key: Uint8Array
    counter: string
    transports: string[]
    account_id: string
    name: string
    email: string
    role: Role
  }>(
    `SELECT p.credential_id, p.public_key, p.counter, p.transports, a.id AS account_id, a.name, a.email, a.role
       FROM staff_passkeys p JOIN staff_accounts a ON a.id = p.account_id
      WHERE p.credential_id = $1 AND a.active`,
    [response.id],
  )
  const [row] = rows
  if (!row) return null
  let verification
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: row.credential_id,
        publicKey: new Uint8Array(row.public_key),
        counter: Number(row.counter),
        transports: row.transports,
      },
      requireUserVerification: true,
    })
  } catch {
    return null
  }
  if (!verification.verified) return null
  await db.query('UPDATE staff_passkeys SET counter = $2, last_used_at = $3 WHERE credential_id = $1', [
    row.credential_id,
    verification.authenticationInfo.newCounter,
    now,
  ])
  return { id: row.account_id, name: row.name, email: row.email, role: row.role }
}
