import type { ReactNode } from 'react'
import styles from './field.module.css'

/** What a field hands its control: the id its label points at, and the error wiring. */
export type FieldControlProps = {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  className: string | undefined
}

type FieldProps = {
  /** The control's id; the hint and error ids are made from it. */
  id: string
  label: ReactNode
  /**
   * Adds "(optional)" to the label; fields are required unless marked. A string is the word
   * in the page's language ("opcional").
   */
  optional?: boolean | string
  hint?: ReactNode
  error?: string
  children: (control: FieldControlProps) => ReactNode
}

/** A field's message, read out with its control (aria-describedby) and linked from the error summary. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className={styles.error} id={id}>
      {children}
    </p>
  )
}

function wiring(id: string, hint: ReactNode, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ')
  return {
    hintId,
    errorId,
    control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined } as const,
  }
}

/** Label, hint, error, then the control (an input or select), with the hint and error tied to it. */
export function Field({ id, label, optional, hint, error, children }: FieldProps) {
  const { hintId, errorId, control } = wiring(id, hint, error)
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {optional ? (
          <>
            {' '}
            <span className={styles.optional}>({typeof optional === 'string' ? optional : 'optional'})</span>
          </>
        ) : null}
      </label>
      {hintId ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
      {errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      {children({ ...control, className: styles.control })}
    </div>
  )
}

/** A checkbox with its label beside it; the error above, the hint (the fine print) below. */
export function CheckboxField({ id, label, hint, error, children }: Omit<FieldProps, 'optional'>) {
  const { hintId, errorId, control } = wiring(id, hint, error)
  return (
    <div className={styles.field}>
      {errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      <div className={styles.checkboxRow}>
        {children({ ...control, className: styles.checkbox })}
        <label htmlFor={id} className={styles.checkboxLabel}>
          {label}
        </label>
      </div>
      {hintId ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
