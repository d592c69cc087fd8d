import { Fragment, type CSSProperties } from 'react'
import styles from './crisis-notice.module.css'

/**
 * The one built-in wording, for when the CMS text is empty or would leave out one of the two
 * numbers, and for the places that cannot read site settings (the root error page).
 */
export const DEFAULT_CRISIS_NOTICE =
  'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.'

const CRISIS_NUMBERS = /\b(988|911)\b/

/** `start` is the piece's offset in the sentence: a stable, unique key for rendering. */
export type CrisisNoticePart = { start: number } & (
  { kind: 'text'; text: string } | { kind: 'number'; number: '988' | '911' }
)

/**
 * Splits the editor's sentence so that every "988" and "911" becomes a tel: link. A notice
 * that lacks either number is not trusted: the crisis lines must always be one tap away.
 */
export function crisisNoticeParts(notice: string | null | undefined): CrisisNoticePart[] {
  const text = notice?.trim() || DEFAULT_CRISIS_NOTICE
  const safe = /\b988\b/.test(text) && /\b911\b/.test(text) ? text : DEFAULT_CRISIS_NOTICE
  const parts: CrisisNoticePart[] = []
  let start = 0
  for (const piece of safe.split(CRISIS_NUMBERS)) {
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
