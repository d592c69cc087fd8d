import { SideCard } from './side-card'
import styles from './what-to-expect.module.css'

/** Sets expectations plainly: who calls, how long, what it is and is not. */
export function WhatToExpect() {
  return (
    <SideCard headingId="what-to-expect" title="What to expect">
      <ul className={styles.steps}>
        <li>A member of our care team calls you at the time you choose. The call takes about 15 minutes.</li>
        <li>We listen, answer your questions and explain how treatment with us works, including costs.</li>
        <li>It is free and there is no commitment. The call is not a medical assessment or a prescription.</li>
      </ul>
    </SideCard>
  )
}
