import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { requireStaff } from '@/lib/staff/auth'
import { paths } from '@/lib/routes'
import styles from '../staff.module.css'
import { RecoveryCodesForm } from './recovery-codes-form'

export const metadata: Metadata = { title: { absolute: 'Recovery codes | Care team inbox' } }
export const dynamic = 'force-dynamic'

export default async function RecoveryCodesPage() {
  const session = await requireStaff()
  return (
    <div className={styles.narrow}>
      <h1>Recovery codes</h1>
      <p>
        {session.account.name}, if you lose the phone with your authenticator app, each of these ten codes signs you in
        once in its place, with your password. Making new codes ends the old ones.
      </p>
      <RecoveryCodesForm />
      <p className={styles.hint}>
        <Link href={paths.staff()}>Back to the inbox</Link>
      </p>
    </div>
  )
}
