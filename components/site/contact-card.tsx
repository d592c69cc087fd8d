import { Link } from '@/components/site/link'
import type { SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import styles from './contact-card.module.css'

/** A compact "talk to us" box for sidebars: booking link and phone, nothing else. */
export function ContactCard({
  phone,
  slotMinutes,
  locale = DEFAULT_LOCALE,
}: {
  phone: SiteSettings['phone']
  slotMinutes: number
  locale?: Locale
}) {
  const t = messages(locale).content.contactCard
  return (
    <div className={styles.card}>
      <p className={styles.title}>{t.title}</p>
      <p className={styles.text}>{t.text(slotMinutes)}</p>
      <Link href={paths.consultation(locale)} className={styles.button}>
        {t.button}
      </Link>
      <a href={`tel:${phone.e164}`} className={styles.phone}>
        {t.orCall(phone.display)}
      </a>
    </div>
  )
}
