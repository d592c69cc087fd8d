import { documentPath, type RoutableType } from '@/lib/routes'
import {
  findRedirectLoop,
  normalizePath,
  redirectSourceProblem,
  redirectTargetProblem,
  type RedirectRule,
} from '@/lib/seo/redirects'
import type { RuleResult } from './types'

/**
 * Redirects are site-relative paths: "/blog/old-title", never a full URL, another host or a bare
 * word. The rules are the site's own (lib/seo/redirects.ts), so what the Studio accepts is what
 * the site serves.
 */
export function redirectFrom(value: unknown): RuleResult {
  if (typeof value !== 'string' || value === '') return true
  return redirectSourceProblem(value) ?? true
}

export function redirectTo(value: unknown): RuleResult {
  if (typeof value !== 'string' || value === '') return true
  return redirectTargetProblem(value) ?? true
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
