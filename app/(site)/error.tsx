'use client'

import { useEffect } from 'react'
import { buttonStyles } from '@/components/site/button-link'
import { useClinicPhone, useCrisisNotice } from '@/components/site/clinic-contact'
import { CrisisNotice } from '@/components/site/crisis-notice'
import { StatusPage, statusStyles } from '@/components/site/status-page'

type ErrorProps = {
  error: unknown
  /** Re-fetches and re-renders the segment; the usual cause is a passing content outage. */
  retry: () => void
}

export default function Error({ error, retry }: ErrorProps) {
  const phone = useClinicPhone()
  const crisisNotice = useCrisisNotice()

  useEffect(() => {
    // The digest matches the server log entry; the message itself is hidden in production.
    console.error(error)
  }, [error])

  return (
    <StatusPage eyebrow="Something went wrong" title="Sorry, this page didn’t load">
      {/* A failed render has no metadata; React hoists this into <head>. */}
      <title>Sorry, this page didn’t load</title>
      <p>This is a problem on our side, not anything you did. Please try again in a moment.</p>
      <div className={statusStyles.actions}>
        <button type="button" onClick={() => retry()} className={`${buttonStyles.button} ${buttonStyles.primary}`}>
          Try again
        </button>
        {phone ? (
          <a href={`tel:${phone.e164}`} className={`${buttonStyles.button} ${buttonStyles.secondary}`}>
            Call us on {phone.display}
          </a>
        ) : null}
      </div>
      <CrisisNotice notice={crisisNotice} className={statusStyles.help} />
    </StatusPage>
  )
}
