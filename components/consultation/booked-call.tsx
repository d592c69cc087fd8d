import styles from './booked-call.module.css'

/** The booked time, set apart, and the reference to quote on the phone. */
export function BookedCall({ when, reference }: { when: string; reference: string }) {
  return (
    <>
      <p className={styles.when}>
        <strong>{when}</strong>
      </p>
      <p>
        Your reference is <strong className={styles.reference}>{reference}</strong>. Please have it to hand if you call
        us about this booking.
      </p>
    </>
  )
}
