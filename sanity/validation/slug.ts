import { isRecord, type RuleResult } from './types'

export const slugMaxLength = 96

/**
 * Turns a title into the kebab-case slug the site's routes accept (lib/content/schemas.ts
 * rejects anything else). Sanity's default keeps punctuation such as "?" or ":".
 */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, slugMaxLength)
    .replace(/-+$/g, '')
}

export function kebabCaseSlug(slug: unknown): RuleResult {
  if (!isRecord(slug) || typeof slug.current !== 'string' || slug.current === '') return true
  if (slug.current.length > slugMaxLength) return `Keep the slug under ${slugMaxLength} characters.`
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.current)
    ? true
    : 'Use lower-case letters, digits and single hyphens only (press "Generate").'
}
