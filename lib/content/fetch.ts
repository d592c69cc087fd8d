/**
 * The one way pages read content: `fetchContent` reads through the content reader (cached
 * under the page's tags), the helpers below validate what comes back. A document that fails
 * validation is logged by `_id` and dropped, so a broken CMS entry costs one card or one 404,
 * never a 500.
 *
 * In draft mode (an editor previewing) reads skip every cache and see drafts: locally through
 * the `drafts` perspective over the dataset, in Sanity mode with the read token and stega
 * encoding for click-to-edit. Outside draft mode only published content is ever read.
 */
import 'server-only'
import { draftMode } from 'next/headers'
import type { z } from 'zod'
import { log } from '@/lib/log'
import { readContent } from './reader'
import type { ContentFetcher } from './source'

/**
 * True while an editor previews drafts. Reading it never makes a page dynamic; outside a
 * request (build-time generateStaticParams, scripts, tests) there is no preview.
 */
export async function isPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

export const fetchContent: ContentFetcher = async (query, params, tags) =>
  readContent(query, params, (await isPreview()) ? { kind: 'drafts' } : { kind: 'cached', tags })

interface ContentRequest<S extends z.ZodType> {
  query: string
  params?: Record<string, unknown>
  tags: string[]
  schema: S
}

function describe(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && '_id' in raw && typeof raw._id === 'string') return raw._id
  return '(no _id)'
}

function report(raw: unknown, error: z.ZodError): void {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
  log.warn('[content] skipped a document that failed validation', { _id: describe(raw), issues })
}

/** A single document, or null when it is missing or invalid (pages then call notFound()). */
export function validateOne<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | null {
  if (raw === null || raw === undefined) return null
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  report(raw, parsed.error)
  return null
}

/** A listing: valid members in order, invalid ones logged and left out. */
export function validateList<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S>[] {
  if (!Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) log.warn('[content] expected a list of documents')
    return []
  }
  const items: z.infer<S>[] = []
  for (const member of raw) {
    const parsed = schema.safeParse(member)
    if (parsed.success) items.push(parsed.data)
    else report(member, parsed.error)
  }
  return items
}

export async function fetchOne<S extends z.ZodType>(
  request: ContentRequest<S>,
  fetcher: ContentFetcher = fetchContent,
): Promise<z.infer<S> | null> {
  return validateOne(request.schema, await fetcher(request.query, request.params ?? {}, request.tags))
}

export async function fetchList<S extends z.ZodType>(
  request: ContentRequest<S>,
  fetcher: ContentFetcher = fetchContent,
): Promise<z.infer<S>[]> {
  return validateList(request.schema, await fetcher(request.query, request.params ?? {}, request.tags))
}
