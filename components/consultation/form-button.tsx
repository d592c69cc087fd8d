import type { ButtonHTMLAttributes } from 'react'
import styles from './form-button.module.css'

type FormButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** primary: the one action that sends the form; secondary: retry, show times. */
  variant: 'primary' | 'secondary'
}

/** The booking page's buttons (a little larger than the site's link buttons). */
export function FormButton({ variant, className, type = 'button', ...props }: FormButtonProps) {
  const classes = [styles.button, styles[variant], className].filter(Boolean).join(' ')
  return <button type={type} className={classes} {...props} />
}
