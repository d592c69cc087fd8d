import { Fragment, type CSSProperties } from 'react'
import { DEFAULT_CRISIS_NOTICE, missingCrisisNumbers, type CrisisNumber } from '@/lib/crisis-lines'
import styles from './crisis-notice.module.css'

// The built-in wording is also used where site settings cannot be read (the root error page).
export { DEFAULT_CRISIS_NOTICE }

const CRISIS_NUMBER_PATTERN = /\b(988|911)\b/

/** `start` is the piece's offset in the sentence: a stable, unique key for rendering. */
export type CrisisNoticePart = { start: number } & (
  { kind: 'text'; text: string } | { kind: 'number'; number: CrisisNumber }
)

/**
 * Splits the editor's sentence so that every "988" and "911" becomes a tel: link. A notice
 * that lacks either number is not trusted: the crisis lines must always be one tap away.
 */
export function crisisNoticeParts(notice: string | null | undefined): CrisisNoticePart[] {
  const text = notice?.trim() || DEFAULT_CRISIS_NOTICE
  const safe = missingCrisisNumbers(text).length === 0 ? text : DEFAULT_CRISIS_NOTICE
  const parts: CrisisNoticePart[] = []
  let start = 0
  for (const piece of safe.split(CRISIS_NUMBER_PATTERN)) {
    if (piece === '988' || piece === '911') parts.push({ start, kind: 'number', number: piece })
    else if (piece !== '') parts.push({ start, kind: 'text', text: piece })
    start += piece.length
  }
  return parts
}

type TextProps = {
  /** `siteSettings.crisisNotice`; without it (or if it is unusable), the built-in wording. */
  notice?: string | null
  linkClassName?: string
  /** Only for the root error page, which renders without the site's stylesheets. */
  linkStyle?: CSSProperties
}

/** The notice's sentence with 988 and 911 as tel: links, to place inside a paragraph. */
export function CrisisNoticeText({ notice, linkClassName, linkStyle }: TextProps) {
  return crisisNoticeParts(notice).map((part) =>
    part.kind === 'number' ? (
      <a key={part.start} href={`tel:${part.number}`} className={linkClassName} style={linkStyle}>
        {part.number}
      </a>
    ) : (
      <Fragment key={part.start}>{part.text}</Fragment>
    ),
  )
}

type NoticeProps = {
  notice: string | null | undefined
  /** A first sentence for the place it is shown, in bold: "This form is not monitored for emergencies." */
  lead?: string
  /** Placement only (margins); the look is the notice's own. */
  className?: string
}

/**
 * The crisis lines where a patient may need them besides the banner: the booking form, the
 * confirmation and cancel pages, the error page. One wording, from Site settings.
 */
export function CrisisNotice({ notice, lead, className }: NoticeProps) {
  return (
    <p className={className ? `${styles.notice} ${className}` : styles.notice}>
      {lead ? (
        <>
          <strong>{lead}</strong>{' '}
        </>
      ) : null}
      <CrisisNoticeText notice={notice} linkClassName={styles.link} />
    </p>
  )
}
