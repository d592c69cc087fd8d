import type { AccountOverview } from '@/lib/staff/accounts'
import type { AccessLogEntry } from '@/lib/staff/inbox'
import styles from '../staff.module.css'

/** "Dec 2, 2026, 10:55 PM": short enough for a table cell; the page says times are the clinic's. */
const compact = (zone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })

const methods = (account: AccountOverview) =>
  [
    account.passkeys > 0 ? `${account.passkeys} passkey${account.passkeys === 1 ? '' : 's'}` : null,
    account.hasPassword ? 'password + app' : null,
  ]
    .filter(Boolean)
    .join(', ') || 'not enrolled yet'

/** For admins. Accounts are added and disabled with npm run staff:invite / staff:disable. */
export function AccountsView({ accounts, zone }: { accounts: AccountOverview[]; zone: string }) {
  const when = compact(zone)
  return (
    <>
      <h2>Accounts</h2>
      <p className={styles.hint}>
        Invite someone or send a new sign-in link with <code>npm run staff:invite</code>; end an account and its
        sessions with <code>npm run staff:disable</code> (see the README).
      </p>
      {/* Focusable, so keyboard users can scroll it sideways on a phone. */}
      <div className={styles.tableWrap} role="region" aria-label="Accounts" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Signs in with</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.email}</td>
                <td>{account.role}</td>
                <td>{methods(account)}</td>
                <td>
                  {account.active
                    ? `active since ${when.format(account.createdAt)}`
                    : `disabled${account.disabledAt ? ` ${when.format(account.disabledAt)}` : ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

const ACTION_LABELS: Record<AccessLogEntry['action'], string> = {
  view: 'viewed',
  export: 'exported',
  mark: 'marked',
  'sign-in': 'signed in',
  'sign-out': 'signed out',
  'sign-in-failed': 'failed sign-in',
  lockout: 'locked out',
  enrol: 'enrolled',
  disable: 'disabled',
}

export function AccessLogView({ entries, zone }: { entries: AccessLogEntry[]; zone: string }) {
  const when = compact(zone)
  return (
    <>
      <h2>Access log</h2>
      <p className={styles.hint}>The newest {entries.length} entries. Requests are named by reference only.</p>
      <div className={styles.tableWrap} role="region" aria-label="Access log entries" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Request</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={index}>
                <td>{when.format(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>{ACTION_LABELS[entry.action]}</td>
                <td>{entry.bookingReference ?? ''}</td>
                <td>{entry.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
