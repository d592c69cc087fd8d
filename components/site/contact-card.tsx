import { Link } from '@/components/site/link'
import type { SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import styles from './contact-card.module.css'

/** A compact "talk to us" box for sidebars: booking link and phone, nothing else. */
export function ContactCard({ phone, slotMinutes }: { phone: SiteSettings['phone']; slotMinutes: number }) {
  return (
    <div className={styles.card}>
      <p className={styles.title}>Have questions?</p>
      <p className={styles.text}>Talk it through with our care team on a free {slotMinutes}-minute call.</p>
      <Link href={paths.consultation()} className={styles.button}>
        Book a free consultation
      </Link>
      <a href={`tel:${phone.e164}`} className={styles.phone}>
        or call {phone.display}
      </a>
    </div>
  )
}
