import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { hasAnyAccount } from '@/lib/staff/accounts'
import { IDLE_MINUTES } from '@/lib/staff/sessions'
import { PasskeySignIn } from '../_components/passkey-sign-in'
import { PasswordSignInForm } from '../_components/password-sign-in-form'
import styles from '../staff.module.css'
import { paths } from '@/lib/routes'

export const metadata: Metadata = { title: { absolute: 'Sign in | Care team inbox' } }
export const dynamic = 'force-dynamic'

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ idle?: unknown }> }) {
  const [anyAccount, { idle }] = await Promise.all([hasAnyAccount(await getBookingDb()), searchParams])
  return (
    <div className={styles.narrow}>
      <h1>Sign in</h1>
      {idle === '1' ? (
        <p className={styles.notice} role="status">
          You were signed out after {IDLE_MINUTES} minutes without activity.
        </p>
      ) : null}
      {anyAccount ? null : (
        <p className={styles.notice} role="status">
          No staff accounts have been set up yet. Whoever runs this server invites the first person (see the README,
          &ldquo;Care team&rdquo;).
        </p>
      )}
      <section aria-labelledby="passkey-heading" className={styles.section}>
        <h2 id="passkey-heading">With a passkey</h2>
        <p className={styles.hint}>Your phone, laptop or security key confirms it is you.</p>
        <noscript>
          <p className={styles.notice}>Passkeys need JavaScript. Sign in with your password below.</p>
        </noscript>
        <PasskeySignIn />
      </section>
      <section aria-labelledby="password-heading" className={styles.section}>
        <h2 id="password-heading">With a password and authenticator app</h2>
        <PasswordSignInForm />
      </section>
      <p className={styles.hint}>
        {/* Coming from a link in an e-mail, the browser holds back the strict session cookie once. */}
        Signed in already? <Link href={paths.staff()}>Open the inbox</Link>. Lost your passkey or phone? Ask an admin
        for a new sign-in link.
      </p>
    </div>
  )
}
