/** What a content backend (the embedded dataset, the Content Lake) offers the reader. */

export type ContentFetcher = (query: string, params: Record<string, unknown>, tags: string[]) => Promise<unknown>

/** How a read may be answered. */
export type ContentRead =
  /**
   * Published content straight from the backend, no cache: the proxy's route table and the
   * mail worker, which keep their own copy. `failFast`: one quick try, for a caller every
   * request waits on.
   */
  | { kind: 'fresh'; failFast?: boolean }
  /** Published content, kept in Next's data cache until a webhook revalidates one of `tags`. */
  | { kind: 'cached'; tags: string[] }
  /** Draft mode: drafts in place of their published documents, never cached. */
  | { kind: 'drafts' }

export interface ContentSource {
  read(query: string, params: Record<string, unknown>, read: ContentRead): Promise<unknown>
  /**
   * Changes whenever the content may have changed (the embedded dataset's files), for callers
   * that keep their own copy; null where only webhooks tell (the Content Lake).
   */
  version(): Promise<string | null>
}
