import { isBlank, type RuleResult } from './types'

/** Schemes an editor may link to; everything else (javascript:, data:, file:, ...) is refused. */
export const linkSchemes = ['http', 'https', 'mailto', 'tel'] as const
export type LinkScheme = (typeof linkSchemes)[number]

function describe(schemes: readonly LinkScheme[]): string {
  return schemes.map((s) => (s === 'http' || s === 'https' ? `${s}://` : `${s}:`)).join(', ')
}

/**
 * Checks an external link against a scheme allow-list. Empty values pass: pair with
 * Rule.required() where a link is mandatory. Internal pages belong in an internal link,
 * which survives slug changes, so relative paths are refused with that hint.
 */
export function validateHref(href: unknown, schemes: readonly LinkScheme[] = linkSchemes): RuleResult {
  if (isBlank(href)) return true
  if (typeof href !== 'string') return 'A link must be text.'
  const value = href.trim()
  if (value !== href) return 'Remove the spaces around the link.'
  if (value.startsWith('/') || value.startsWith('#')) {
    return 'For pages on this site use an internal link; here give a full address such as https://example.org.'
  }
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value)
  const scheme = match?.[1]?.toLowerCase()
  const allowed: readonly string[] = schemes
  if (!scheme || !allowed.includes(scheme)) return `Links must start with ${describe(schemes)}.`
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(value)
      if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'This web address has no valid domain.'
    } catch {
      return 'This is not a valid web address.'
    }
  }
  if (scheme === 'mailto' && !/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+/i.test(value)) {
    return 'An e-mail link looks like mailto:name@example.org.'
  }
  if (scheme === 'tel' && !/^tel:\+?[0-9][0-9().\- ]{2,}$/i.test(value)) {
    return 'A phone link looks like tel:+15035550123.'
  }
  return true
}

/** For profile links and other places that must open a web page. */
export function validateWebUrl(href: unknown): RuleResult {
  return validateHref(href, ['http', 'https'])
}
