import { canonicalLanguageTag, isLanguageTag, PHONE_PLACEHOLDER } from '@/lib/i18n/language-tag'
import { isBlank, isRecord, type RuleResult } from './types'

export { isLanguageTag, PHONE_PLACEHOLDER }

export function languageTag(value: unknown): RuleResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !isLanguageTag(value)) {
    return 'Use a BCP 47 language tag such as "vi", "zh-Hant" or "fa" (language, then script or region).'
  }
  return true
}

/** Taglines name the phone number through the placeholder, so a changed number updates them all. */
export function taglineHasPhone(value: unknown): RuleResult {
  if (isBlank(value)) return true
  return typeof value === 'string' && value.includes(PHONE_PLACEHOLDER)
    ? true
    : `Write ${PHONE_PLACEHOLDER} where the clinic's phone number goes; the site fills it in.`
}

/** One tagline per language: two with the same tag would be the same notice twice. */
export function distinctLanguageTags(value: unknown): RuleResult {
  if (!Array.isArray(value)) return true
  const seen = new Set<string>()
  for (const item of value) {
    if (!isRecord(item) || typeof item.languageTag !== 'string' || !isLanguageTag(item.languageTag)) continue
    const tag = canonicalLanguageTag(item.languageTag)
    if (seen.has(tag)) return `Two taglines are for "${tag}": keep one per language.`
    seen.add(tag)
  }
  return true
}
