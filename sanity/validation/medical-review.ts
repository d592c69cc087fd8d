import { isBlank, isRecord, type RuleResult } from './types'

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's calendar date where the editor is, as YYYY-MM-DD (Sanity stores `date` fields so). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Health content is published only after a named clinician checked it: the page shows
 * "Medically reviewed by ..." and the site's queries expect both parts.
 */
export function medicalReviewComplete(review: unknown): RuleResult {
  if (!isRecord(review)) return 'A medical review (reviewer and date) is required before publishing health content.'
  const reviewer = review.reviewer
  const missing: string[] = []
  if (!isRecord(reviewer) || typeof reviewer._ref !== 'string' || reviewer._ref === '') missing.push('reviewer')
  if (isBlank(review.lastReviewed)) missing.push('review date')
  return missing.length === 0 ? true : `The medical review needs a ${missing.join(' and a ')}.`
}

/** A review cannot be dated in the future: that would claim a check that has not happened. */
export function reviewDateNotInFuture(value: unknown, now: Date = new Date()): RuleResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'Expected a date.'
  const match = isoDate.exec(value)
  if (!match) return 'Expected a date such as 2025-03-31.'
  const parsed = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (localIsoDate(parsed) !== value) return 'This is not a real calendar date.'
  return value > localIsoDate(now) ? 'The review date cannot be in the future.' : true
}
