import { Link } from '@/components/site/link'
import type { BookingShell } from '@/lib/consultations/server/page-data'
import { paths } from '@/lib/routes'
import { SideCard } from './side-card'
import styles from './what-to-expect.module.css'

type Props = {
  /** The clinics where treatment takes place; the call itself is by phone. */
  locations?: BookingShell['locations']
}

/** Sets expectations plainly: who calls, how long, what it is and is not, and where treatment happens. */
export function WhatToExpect({ locations = [] }: Props) {
  return (
    <SideCard headingId="what-to-expect" title="What to expect">
      <ul className={styles.steps}>
        <li>A member of our care team calls you at the time you choose. The call takes about 15 minutes.</li>
        <li>We listen, answer your questions and explain how treatment with us works, including costs.</li>
        <li>It is free and there is no commitment. The call is not a medical assessment or a prescription.</li>
        {locations.length > 0 ? (
          <li>
            The call is by phone, wherever you are. Treatment itself takes place at{' '}
            {locations.length === 1 ? 'our clinic' : 'one of our clinics'}:{' '}
            {locations.map((location, index) => (
              <span key={location.slug}>
                {index > 0 ? (index === locations.length - 1 ? ' and ' : ', ') : null}
                <Link href={paths.location(location.slug)}>{location.name}</Link>
              </span>
            ))}
            .
          </li>
        ) : null}
      </ul>
    </SideCard>
  )
}
