import { type RuleResult } from './types'

/** Search engines cut titles around 60 characters and descriptions around 160. */
export const metaTitleMax = 60
export const metaDescriptionMin = 50
export const metaDescriptionMax = 160
export const metaDescriptionHardMax = 300

function length(value: unknown): number | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().length : null
}

export function metaTitleAdvice(value: unknown): RuleResult {
  const n = length(value)
  if (n === null || n <= metaTitleMax) return true
  return `${n} characters: search results show about ${metaTitleMax}, the rest is cut off.`
}

/** Use with `.warning()`: a description outside the usual range is allowed but worth a look. */
export function metaDescriptionAdvice(value: unknown): RuleResult {
  const n = length(value)
  if (n === null) return true
  if (n < metaDescriptionMin)
    return `${n} characters: aim for ${metaDescriptionMin}–${metaDescriptionMax} so the snippet says enough.`
  if (n > metaDescriptionMax)
    return `${n} characters: search results show about ${metaDescriptionMax}, the rest is cut off.`
  return true
}

/** Use with `.error()`: past this a description is body text in the wrong place. */
export function metaDescriptionLimit(value: unknown): RuleResult {
  const n = length(value)
  if (n === null || n <= metaDescriptionHardMax) return true
  return `${n} characters: a meta description may be at most ${metaDescriptionHardMax}.`
}
