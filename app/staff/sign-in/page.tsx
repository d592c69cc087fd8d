import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { staffKeys } from '@/lib/staff/auth'
import { SignInForm } from '../_components/sign-in-form'
import styles from '../staff.module.css'
import { paths } from '@/lib/routes'

export const metadata: Metadata = { title: { absolute: 'Sign in | Care team inbox' } }
export const dynamic = 'force-dynamic'

export default function StaffSignInPage() {
  const configured = staffKeys() !== null
  return (
    <div className={styles.narrow}>
      <h1>Sign in</h1>
      {configured ? null : (
        <p className={styles.notice} role="status">
          Staff sign-in is not set up on this server: STAFF_PASSWORD_HASH and STAFF_SESSION_SECRET must both be set (see
          the README, &ldquo;Care team&rdquo;).
        </p>
      )}
      <SignInForm disabled={!configured} />
      <p className={styles.hint}>
        {/* Coming from a link in an e-mail, the browser holds back the strict session cookie once. */}
        Signed in already? <Link href={paths.staff()}>Open the inbox</Link>.
      </p>
    </div>
  )
}
