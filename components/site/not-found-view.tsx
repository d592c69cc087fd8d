import { Link } from '@/components/site/link'
import { ButtonLink } from '@/components/site/button-link'
import { StatusPage, statusStyles } from '@/components/site/status-page'
import { getSiteSettings } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'

/** The 404 body in the page's language, for each site's not-found page and unmatched URLs. */
export async function NotFoundView({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const settings = await getSiteSettings(locale)
  const t = messages(locale).notFound
  return (
    <StatusPage eyebrow={t.title} title={t.heading}>
      <p>{t.body}</p>
      <ul className={statusStyles.links}>
        <li>
          <Link href={paths.home(locale)}>{t.home}</Link>
        </li>
        <li>
          <Link href={paths.treatments(locale)}>{t.treatments}</Link>
        </li>
        <li>
          <Link href={paths.blog(locale)}>{t.articles}</Link>
        </li>
      </ul>
      <div className={statusStyles.actions}>
        <ButtonLink href={paths.consultation(locale)}>{t.book}</ButtonLink>
        <ButtonLink href={`tel:${settings.phone.e164}`} variant="secondary">
          {messages(locale).chrome.callNumber(settings.phone.display)}
        </ButtonLink>
      </div>
    </StatusPage>
  )
}
