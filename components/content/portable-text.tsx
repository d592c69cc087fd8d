import { PortableText, type MissingComponentHandler } from '@portabletext/react'
import { log } from '@/lib/log'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import type { PortableTextValue } from '@/lib/content/schemas'
import type { ClinicPhone } from './consultation-cta'
import { portableTextComponents } from './portable-text/components'
import styles from './portable-text.module.css'

type PortableTextBodyProps = {
  value: PortableTextValue | null | undefined
  /** The clinic's number, for consultation call-to-action blocks inside the body. */
  phone?: ClinicPhone
  className?: string
  /** The page's language: fallback wording, and internal links to pages in the same language. */
  locale?: Locale
}

// Unknown types already render a visible fallback; the log tells developers which one.
const onMissingComponent: MissingComponentHandler = (message, { type, nodeType }) => {
  log.warn('portable text: no renderer', { type, nodeType, message })
}

/** Renders any blockContent field (article, treatment, page bodies, person bios). */
export function PortableTextBody({ value, phone, className, locale = DEFAULT_LOCALE }: PortableTextBodyProps) {
  if (!value || value.length === 0) return null
  return (
    <div className={[styles.prose, className].filter(Boolean).join(' ')}>
      <PortableText
        value={value}
        components={portableTextComponents(phone, locale)}
        onMissingComponent={onMissingComponent}
      />
    </div>
  )
}
