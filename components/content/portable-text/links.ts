/**
 * The one place rich-text links are turned into hrefs. Anything we cannot vouch for comes back
 * as null and the caller renders plain text: a CMS typo must never become a `javascript:` link.
 */
import { z } from 'zod'
import { DEFAULT_LOCALE, documentPath, type Locale, type RoutableType } from '@/lib/routes'

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** An external href if it parses as an absolute http(s)/mailto/tel URL, else null. */
export function safeExternalHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.trim() === '') return null
  let url: URL
  try {
    // The URL parser strips the tabs/newlines browsers ignore, so "java\nscript:" is caught too.
    url = new URL(href.trim())
  } catch {
    return null
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null
}

/** What an "Internal link" may point to (sanity/schemaTypes/block-content.ts `internalLink`). */
const LINKABLE_TYPES = ['post', 'treatment'] as const satisfies readonly RoutableType[]

const internalTargetSchema = z.object({
  _type: z.enum(LINKABLE_TYPES),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
})
export type InternalTarget = z.infer<typeof internalTargetSchema>

/**
 * The site path for a resolved internalLink target, in the page's language (a Spanish article
 * links to Spanish pages); null when unpublished, deleted or odd.
 */
export function internalHref(target: unknown, locale: Locale = DEFAULT_LOCALE): string | null {
  const parsed = internalTargetSchema.safeParse(target)
  return parsed.success ? documentPath(parsed.data._type, parsed.data.slug, locale) : null
}
