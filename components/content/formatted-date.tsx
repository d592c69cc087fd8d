import { LANGUAGE_TAGS } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

type FormattedDateProps = {
  /** ISO 8601: a date ("2025-03-04") or a date-time ("2025-03-04T15:00:00Z"). */
  date: string
  /**
   * IANA zone for date-times, e.g. the clinic's. Date-only values are always read in UTC:
   * a calendar date has no zone, and UTC keeps server and browser on the same day.
   */
  timeZone?: string
  className?: string
  /** The page's language: "March 4, 2025" / "4 de marzo de 2025". */
  locale?: Locale
}

/** "March 4, 2025" in a <time> element whose dateTime stays machine-readable. */
export function FormattedDate({ date, timeZone, className, locale = DEFAULT_LOCALE }: FormattedDateProps) {
  return (
    <time dateTime={date} className={className}>
      {formatDate(date, timeZone, locale)}
    </time>
  )
}

export function formatDate(date: string, timeZone?: string, locale: Locale = DEFAULT_LOCALE): string {
  const dateOnly = DATE_ONLY.test(date)
  const parsed = new Date(dateOnly ? `${date}T00:00:00Z` : date)
  // The schemas only promise a leading YYYY-MM-DD; fall back to that if the rest is odd.
  const value = Number.isNaN(parsed.getTime()) ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : parsed
  if (Number.isNaN(value.getTime())) return date
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: dateOnly || !timeZone ? 'UTC' : timeZone,
  }).format(value)
}
