import { isBlank, isRecord, type RuleContext, type RuleResult } from './types'

/** On post.updatedAt: an update before first publication would confuse readers and crawlers. */
export function updatedNotBeforePublished(value: unknown, context: RuleContext): RuleResult {
  if (isBlank(value) || typeof value !== 'string') return true
  const published = isRecord(context.document) ? context.document.publishedAt : undefined
  if (typeof published !== 'string') return true
  return Date.parse(value) >= Date.parse(published) ? true : '"Updated" cannot be earlier than "Published".'
}
