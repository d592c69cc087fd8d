import { Fragment } from 'react'
import styles from './crisis-banner.module.css'

/** Used when the CMS text is empty or would leave out one of the two numbers. */
export const DEFAULT_CRISIS_NOTICE =
  'In crisis? Call or text 988 (Suicide & Crisis Lifeline), 24/7. In an emergency, call 911.'

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

/** The site-wide crisis line notice: first thing on every page, under the skip link. */
export function CrisisBanner({ notice }: { notice?: string | null }) {
  const parts = crisisNoticeParts(notice)
  return (
    <aside className={styles.banner} aria-label="Crisis support">
      <p className={styles.text}>
        <span className={styles.icon} aria-hidden="true">
          <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
            <path
              fill="currentColor"
              d="M10 17.5s-6.5-4.1-6.5-8.7A3.6 3.6 0 0 1 10 6.6a3.6 3.6 0 0 1 6.5 2.2c0 4.6-6.5 8.7-6.5 8.7Z"
            />
          </svg>
        </span>
        <span>
          {parts.map((part) =>
            part.kind === 'number' ? (
              <a key={part.start} href={`tel:${part.number}`} className={styles.link}>
                {part.number}
              </a>
            ) : (
              <Fragment key={part.start}>{part.text}</Fragment>
            ),
          )}
        </span>
      </p>
    </aside>
  )
}
