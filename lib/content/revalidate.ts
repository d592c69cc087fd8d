/**
 * From a Sanity webhook to the cache tags to expire. Pure: the route handler in
 * app/api/revalidate checks the signature, then asks this module what changed.
 *
 * Expected webhook projection (README, "Connecting your own Sanity project"):
 *   {_id, _type, "slug": slug.current, "previousSlug": before().slug.current}
 * A whole document (slug as `{current}`) is accepted too.
 */
import { z } from 'zod'
import { CONTENT_TYPES, documentTag, type ContentType } from './tags'

/** A signature older than this (or this far in the future) is a replay, not a publish. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000

const slugValue = z
  .union([z.string(), z.object({ current: z.string().nullish() }).transform((slug) => slug.current)])
  .nullish()
  .transform((slug) => (slug ? slug : undefined))

export const webhookBodySchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  slug: slugValue,
  previousSlug: slugValue,
})
export type DocumentChange = z.infer<typeof webhookBodySchema>

export interface RevalidationPlan {
  tags: string[]
  /** Why nothing is revalidated, when `tags` is empty. */
  skipped?: string
}

const contentTypes = new Set<string>(CONTENT_TYPES)
const isContentType = (type: string): type is ContentType => contentTypes.has(type)

/**
 * Every fetch is tagged with each document type it reads (lib/content/tags.ts DEPENDS_ON), so
 * the type tag alone reaches the page of the document, every listing that shows it, the
 * sitemap and the feed. `<type>:<slug>` names the document's own page; the previous slug's
 * page is expired too, so a rename does not leave the old URL serving stale content.
 */
export function planRevalidation(change: DocumentChange): RevalidationPlan {
  if (change._id.startsWith('drafts.') || change._id.startsWith('versions.')) {
    return { tags: [], skipped: 'drafts are never cached (draft mode reads them fresh)' }
  }
  const type = change._type
  if (!isContentType(type)) return { tags: [], skipped: `no page reads "${type}" documents through the cache` }
  const slugs = [change.slug, change.previousSlug].filter((slug): slug is string => slug !== undefined)
  const tags = [type, ...slugs.map((slug) => documentTag(type, slug))]
  return { tags: [...new Set(tags)] }
}

/** The timestamp (ms) of a `t=<ms>,v1=<hash>` signature header, or null if it has another shape. */
export function signatureTimestamp(header: string): number | null {
  const match = /^t=(\d+)[, ]+v1=[^, ]+$/.exec(header.trim())
  return match?.[1] ? Number(match[1]) : null
}

/** Whether a signature's timestamp is close enough to `now` to be a fresh delivery. */
export function isFreshSignature(timestamp: number, now: number): boolean {
  return Math.abs(now - timestamp) <= SIGNATURE_MAX_AGE_MS
}
