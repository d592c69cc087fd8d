import { SanityImage } from '@/components/content/sanity-image'
import { Link } from '@/components/site/link'
import type { Location } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { LocationAddress } from './location-address'
import styles from './location-card.module.css'

/** One location in the /locations list: photo, name, address, phone and what is offered there. */
export function LocationCard({ location }: { location: Location }) {
  const headingId = `location-${location.slug}`
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <SanityImage image={location.photo} className={styles.photo} sizes="(min-width: 48rem) 34rem, 100vw" />
      <div className={styles.body}>
        <h2 id={headingId} className={styles.name}>
          <Link href={paths.location(location.slug)}>{location.name}</Link>
        </h2>
        <p className={styles.summary}>{location.summary}</p>
        <LocationAddress address={location.address} className={styles.address} />
        <p>
          <a href={`tel:${location.phone.e164}`}>{location.phone.display}</a>
        </p>
        {location.services.length > 0 ? (
          <p className={styles.services}>
            <span className={styles.label}>Offered here: </span>
            {location.services.map((service) => service.name).join(', ')}
          </p>
        ) : null}
        <p className={styles.more}>
          <Link href={paths.location(location.slug)}>
            Hours, directions and access<span className="visually-hidden"> for {location.name}</span>
          </Link>
        </p>
      </div>
    </article>
  )
}
