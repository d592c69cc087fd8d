import type { Metadata } from 'next'
import QRCode from 'qrcode'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { findEnrolment } from '@/lib/staff/accounts'
import { totpUri } from '@/lib/staff/totp'
import styles from '../../staff.module.css'
import { PasskeyEnrol } from './passkey-enrol'
import { PasswordEnrolForm } from './password-enrol-form'

// The token is in the URL: it must not leave in a Referer header.
export const metadata: Metadata = { title: { absolute: 'Set up sign-in | Care team inbox' }, referrer: 'no-referrer' }
export const dynamic = 'force-dynamic'

/** Groups of four, as authenticator apps show secrets typed by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

export default async function EnrolPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const enrolment = await findEnrolment(await getBookingDb(), token)
  if (!enrolment) {
    return (
      <div className={styles.narrow}>
        <h1>This link cannot be used</h1>
        <p>It has expired, has been used already, or was copied incompletely. Ask an admin for a new sign-in link.</p>
      </div>
    )
  }
  const { account, totpSecret } = enrolment
  const qr = await QRCode.toString(totpUri(totpSecret, account.email), { type: 'svg', margin: 1 })
  return (
    <div className={styles.narrow}>
      <h1>Set up your sign-in</h1>
      <p>
        Welcome, {account.name}. This link works once and is for you alone ({account.email}, {account.role}). Choose how
        you will sign in.
      </p>
      <section aria-labelledby="enrol-passkey-heading" className={styles.section}>
        <h2 id="enrol-passkey-heading">Recommended: a passkey</h2>
        <p className={styles.hint}>
          Your phone, laptop or security key keeps it and asks for your fingerprint, face or PIN. Nothing to remember,
          and it cannot be phished.
        </p>
        <noscript>
          <p className={styles.notice}>Passkeys need JavaScript. Use the password option below.</p>
        </noscript>
        <PasskeyEnrol token={token} />
      </section>
      <section aria-labelledby="enrol-password-heading" className={styles.section}>
        <h2 id="enrol-password-heading">Or: a password and an authenticator app</h2>
        <ol className={styles.steps}>
          <li>
            Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or
            1Password).
            <figure className={styles.qr}>
              <span
                role="img"
                aria-label="QR code for your authenticator app"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <figcaption>
                Or type this key into the app: <code className={styles.secret}>{grouped(totpSecret)}</code>
              </figcaption>
            </figure>
          </li>
          <li>Choose a password and type the code the app shows.</li>
        </ol>
        <PasswordEnrolForm token={token} />
      </section>
    </div>
  )
}
