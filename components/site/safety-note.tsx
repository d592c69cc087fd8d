import styles from './safety-note.module.css'

/**
 * The regulatory position in plain words. Deliberately modest: ketamine for depression is
 * off-label; esketamine is the FDA-approved form for treatment-resistant depression.
 */
export function SafetyNote({ headingId }: { headingId: string }) {
  return (
    <div className={styles.note}>
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" className={styles.icon}>
        <path
          d="M12 2.5 4 5.6v5.8c0 4.9 3.4 8.9 8 10.1 4.6-1.2 8-5.2 8-10.1V5.6Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        <path
          d="m8.6 12 2.3 2.3 4.6-4.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <div>
        <h2 id={headingId} className={styles.heading}>
          A note on safety and evidence
        </h2>
        <p>
          Ketamine is approved by the FDA as an anesthetic. Using it to treat depression, whether by IV infusion or in
          ketamine-assisted psychotherapy, is off-label: a clinician prescribes it on their own judgement, not under an
          FDA-approved indication. Esketamine nasal spray (Spravato) is the form the FDA has approved for
          treatment-resistant depression, taken alongside an oral antidepressant.
        </p>
        <p>
          Ketamine is not right for everyone, and results vary. Before anything begins, a clinician will talk you
          through the possible benefits, the risks and side effects, and your other options.
        </p>
      </div>
    </div>
  )
}
