import { CrisisNoticeText } from '@/components/site/crisis-notice'
import styles from './search-crisis-alert.module.css'

/**
 * Shown above everything else when a search signals crisis. An alert region, so a screen reader
 * announces it as soon as the page loads; both numbers are tel: links.
 */
export function SearchCrisisAlert({ notice }: { notice: string | null | undefined }) {
  return (
    <div role="alert" className={styles.alert}>
      <p className={styles.title}>You do not have to go through this alone.</p>
      <p className={styles.text}>
        <CrisisNoticeText notice={notice} linkClassName={styles.link} /> Help is free, confidential and available 24
        hours a day.
      </p>
    </div>
  )
}
