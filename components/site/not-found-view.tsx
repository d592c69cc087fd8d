import { Link } from '@/components/site/link'
import { ButtonLink } from '@/components/site/button-link'
import { StatusPage, statusStyles } from '@/components/site/status-page'
import { getSiteSettings } from '@/lib/content'
import { paths } from '@/lib/routes'

/** The 404 body, shared by this segment and the root not-found page for unmatched URLs. */
export async function NotFoundView() {
  const settings = await getSiteSettings()
  return (
    <StatusPage eyebrow="Page not found" title="We couldn’t find that page">
      <p>It may have moved, or the link may have a typo. These pages might help:</p>
      <ul className={statusStyles.links}>
        <li>
          <Link href={paths.home()}>Home</Link>
        </li>
        <li>
          <Link href={paths.treatments()}>Our treatments</Link>
        </li>
        <li>
          <Link href={paths.blog()}>Articles</Link>
        </li>
      </ul>
      <div className={statusStyles.actions}>
        <ButtonLink href={paths.consultation()}>Book a free consultation</ButtonLink>
        <ButtonLink href={`tel:${settings.phone.e164}`} variant="secondary">
          Call {settings.phone.display}
        </ButtonLink>
      </div>
    </StatusPage>
  )
}
