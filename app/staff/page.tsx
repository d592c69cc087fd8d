import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { getSiteSettings, getTreatments } from '@/lib/content'
import { formatDateTime } from '@/lib/consultations/shared/format'
import type { Db } from '@/lib/consultations/server/db'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { listAccounts } from '@/lib/staff/accounts'
import { actorOf, requireStaff } from '@/lib/staff/auth'
import {
  isFollowUp,
  listRequests,
  recentAccessLog,
  type FollowUp,
  type InboxRow,
  type MailState,
} from '@/lib/staff/inbox'
import { IDLE_MINUTES, type StaffSession } from '@/lib/staff/sessions'
import { LANGUAGE_NAMES_IN_ENGLISH } from '@/lib/i18n'
import { paths } from '@/lib/routes'
import { AccessLogView, AccountsView } from './_components/admin-views'
import { IdleSignOut } from './_components/idle-sign-out'
import { setFollowUp, signOut } from './actions'
import styles from './staff.module.css'

export const metadata: Metadata = { title: { absolute: 'Requests | Care team inbox' } }
export const dynamic = 'force-dynamic'

const FOLLOW_UP_LABELS: Record<FollowUp, string> = {
  contacted: 'Contacted',
  booked: 'Booked',
  'no-answer': 'No answer',
}
const MAIL_LABELS: Record<MailState, string> = {
  pending: 'queued',
  sending: 'sending',
  sent: 'sent',
  failed: 'could not be sent',
  'in-doubt': 'may not have arrived (check with the patient)',
  skipped: 'not sent (cancelled or past)',
}

function RequestCard({
  row,
  clinicZone,
  treatments,
  view,
}: {
  row: InboxRow
  clinicZone: string
  treatments: Map<string, string>
  view: string
}) {
  const cancelled = row.status === 'cancelled'
  return (
    <li className={styles.card} id={`request-${row.id}`}>
      <h2>
        {formatDateTime(row.slotStart, clinicZone)}
        {cancelled ? ' (cancelled)' : ''}
        {row.language !== 'en' ? (
          // Seen before anything else: the call back is in the patient's language.
          <span className={styles.languageBadge}>{LANGUAGE_NAMES_IN_ENGLISH[row.language]}</span>
        ) : null}
      </h2>
      <dl className={styles.facts}>
        <dt>Name</dt>
        <dd>{row.name}</dd>
        <dt>Phone</dt>
        <dd>
          <a href={`tel:${row.phone}`}>{row.phone}</a>
        </dd>
        {row.timeZone !== clinicZone ? (
          <>
            <dt>Their time</dt>
            <dd>{formatDateTime(row.slotStart, row.timeZone)}</dd>
          </>
        ) : null}
        <dt>Language</dt>
        <dd>
          {LANGUAGE_NAMES_IN_ENGLISH[row.language]}
          {row.language !== 'en' ? ' (call back in this language)' : ''}
        </dd>
        <dt>E-mail</dt>
        <dd>{row.email ?? 'not given'}</dd>
        <dt>Interested in</dt>
        <dd>{row.treatmentSlug ? (treatments.get(row.treatmentSlug) ?? row.treatmentSlug) : 'not said'}</dd>
        <dt>Reference</dt>
        <dd>{row.reference}</dd>
        {row.confirmation ? (
          <>
            <dt>Confirmation e-mail</dt>
            <dd>{MAIL_LABELS[row.confirmation]}</dd>
          </>
        ) : null}
        <dt>Follow-up</dt>
        <dd>
          {row.followUp
            ? `${FOLLOW_UP_LABELS[row.followUp]}${row.followUpBy ? `, by ${row.followUpBy}` : ''}${
                row.followUpAt ? `, ${formatDateTime(row.followUpAt, clinicZone)}` : ''
              }`
            : 'none yet'}
        </dd>
      </dl>
      <form action={setFollowUp}>
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="view" value={view} />
        <fieldset className={styles.actions}>
          <legend>Mark as</legend>
          {(Object.keys(FOLLOW_UP_LABELS) as FollowUp[]).map((value) => (
            <button
              key={value}
              type="submit"
              name="followUp"
              value={value}
              className={styles.button}
              aria-pressed={row.followUp === value}
            >
              {FOLLOW_UP_LABELS[value]}
            </button>
          ))}
        </fieldset>
      </form>
    </li>
  )
}

const VIEWS = [
  { view: 'upcoming', label: 'Upcoming', admin: false },
  { view: 'past', label: 'Past', admin: false },
  { view: 'accounts', label: 'Accounts', admin: true },
  { view: 'log', label: 'Access log', admin: true },
] as const
type View = (typeof VIEWS)[number]['view']

const viewHref = (view: View) => (view === 'upcoming' ? paths.staff() : `${paths.staff()}?view=${view}`)

export default async function StaffInboxPage({
  searchParams,
}: {
  searchParams: Promise<{ view?: string | string[]; marked?: string | string[] }>
}) {
  const session = await requireStaff()
  const { view: requested, marked } = await searchParams
  const isAdmin = session.account.role === 'admin'
  const views = VIEWS.filter((entry) => isAdmin || !entry.admin)
  // Anything else (an intake account asking for an admin view, an array, a typo) shows upcoming calls.
  const view: View = views.find((entry) => entry.view === requested)?.view ?? 'upcoming'
  const [settings, db] = await Promise.all([getSiteSettings(), getBookingDb()])

  return (
    <>
      <IdleSignOut minutes={IDLE_MINUTES} />
      <h1>Consultation requests</h1>
      <p>
        Signed in as {session.account.name} ({session.account.role}). Times are in the clinic&rsquo;s zone. Every record
        shown here is written to the access log. You are signed out after 15 minutes without activity.
      </p>
      <div className={styles.toolbar}>
        <nav aria-label="Inbox views">
          <ul className={styles.tabs}>
            {views.map((entry) => (
              <li key={entry.view}>
                <Link
                  href={viewHref(entry.view)}
                  className={styles.tab}
                  aria-current={view === entry.view ? 'page' : undefined}
                >
                  {entry.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.tabs}>
          {/* A plain link: the browser downloads the file; prefetching it would log an export. */}
          <a href={paths.staffExport()} className={styles.button} download>
            Export CSV
          </a>
          <Link href={paths.staffRecoveryCodes()} className={styles.button}>
            Recovery codes
          </Link>
          <form action={signOut}>
            <button type="submit" className={styles.button}>
              Sign out
            </button>
          </form>
        </div>
      </div>
      {view === 'accounts' ? (
        <AccountsView accounts={await listAccounts(db)} zone={settings.timeZone} />
      ) : view === 'log' ? (
        <AccessLogView entries={await recentAccessLog(db)} zone={settings.timeZone} />
      ) : (
        <Requests
          db={db}
          session={session}
          view={view}
          zone={settings.timeZone}
          marked={typeof marked === 'string' && isFollowUp(marked) ? marked : null}
        />
      )}
    </>
  )
}

async function Requests({
  db,
  session,
  view,
  zone,
  marked,
}: {
  db: Db
  session: StaffSession
  view: 'upcoming' | 'past'
  zone: string
  marked: FollowUp | null
}) {
  const [treatments, rows] = await Promise.all([getTreatments(), listRequests(db, actorOf(session), view)])
  const treatmentNames = new Map(treatments.map((treatment) => [treatment.slug, treatment.name]))
  return (
    <>
      <p role="status">{marked ? `Marked as ${FOLLOW_UP_LABELS[marked].toLowerCase()}.` : ''}</p>
      {rows.length === 0 ? (
        <p>{view === 'upcoming' ? 'No upcoming requests.' : 'No past requests.'}</p>
      ) : (
        <ol className={styles.list} aria-label={view === 'upcoming' ? 'Upcoming requests' : 'Past requests'}>
          {rows.map((row) => (
            <RequestCard key={row.id} row={row} clinicZone={zone} treatments={treatmentNames} view={view} />
          ))}
        </ol>
      )}
    </>
  )
}
