import { documentPath, type RoutableType } from '@/lib/routes'
import { findRedirectLoop, normalizePath, type RedirectRule } from '@/lib/seo/redirects'
import type { RuleResult } from './types'

/** Redirects are site-relative paths: "/blog/old-title", never a full URL or a bare word. */
export function redirectPath(value: unknown): RuleResult {
  if (typeof value !== 'string' || value === '') return true
  if (!value.startsWith('/') || value.startsWith('//')) return 'Start with a single "/", e.g. /blog/old-title.'
  if (/\s/.test(value)) return 'A path cannot contain spaces.'
  if (/^\/(api|studio|_next)(\/|$)/.test(value)) return 'The /api, /studio and /_next paths cannot be redirected.'
  return true
}

/** Refuses a rule that would send visitors round in a circle together with the existing ones. */
export function redirectLoop(candidate: RedirectRule, others: RedirectRule[]): RuleResult {
  if (normalizePath(candidate.from) === normalizePath(candidate.to)) return 'A redirect cannot point to itself.'
  const loop = findRedirectLoop([...others, candidate])
  return loop ? `This would create a redirect loop: ${loop.join(' → ')}` : true
}

/** Types whose rename publishes a redirect (sanity/actions/publish-with-redirect.ts). */
const REDIRECTED_ON_RENAME: ReadonlySet<string> = new Set<RoutableType>(['post', 'treatment'])
const redirectsOnRename = (type: string): type is RoutableType => REDIRECTED_ON_RENAME.has(type)

/**
 * What publishing a renamed post or treatment must do so its old URL keeps working:
 * add old → new, and drop any rule starting at the new path (a rename back would loop).
 */
export function slugChangeRedirect(
  type: string,
  publishedSlug: string | undefined,
  draftSlug: string | undefined,
): { create: RedirectRule; removeFrom: string } | null {
  if (!redirectsOnRename(type) || !publishedSlug || !draftSlug || publishedSlug === draftSlug) return null
  const to = documentPath(type, draftSlug)
  return { create: { from: documentPath(type, publishedSlug), to, permanent: true }, removeFrom: to }
}
