/**
 * One perspective of the embedded dataset, indexed for GROQ: documents by id, type and slug,
 * and the answers already given.
 *
 * Each query goes to groq-js with only the documents its filter can match (./query-plan.ts),
 * and `->` resolves through the id index instead of groq-js's scan of the dataset. An answer is
 * kept (per query and params) until the dataset changes (a new view) or the clock passes a
 * time the filter compares with now(), such as the next scheduled post's publishedAt; so a
 * sitemap of 5,000 posts is worked out once, not per request.
 */
import 'server-only'
import { evaluate, evaluateSync, parse, type ExprNode } from 'groq-js'
import type { DatasetDocument } from './local-dataset'
import { planQuery, type QueryPlan } from './query-plan'

/** Answers kept per view; the site asks a few dozen distinct queries per page type. */
const KEPT_RESULTS = 2000

interface KeptResult {
  value: unknown
  /** The result holds while now is before both (the ISO string and the parsed time). */
  untilIso: string | null
  untilMs: number
}

export interface DatasetView {
  documents: DatasetDocument[]
  byId: Map<string, DatasetDocument>
  byType: Map<string, DatasetDocument[]>
  bySlug: Map<string, DatasetDocument[]>
  position: Map<DatasetDocument, number>
  results: Map<string, KeptResult>
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function slugOf(doc: DatasetDocument): string | null {
  const slug = doc.slug
  if (typeof slug !== 'object' || slug === null) return null
  const current = (slug as { current?: unknown }).current
  return typeof current === 'string' ? current : null
}

export function createDatasetView(documents: DatasetDocument[]): DatasetView {
  const view: DatasetView = {
    documents,
    byId: new Map(),
    byType: new Map(),
    bySlug: new Map(),
    position: new Map(),
    results: new Map(),
  }
  documents.forEach((doc, index) => {
    if (!view.byId.has(doc._id)) view.byId.set(doc._id, doc)
    push(view.byType, doc._type, doc)
    const slug = slugOf(doc)
    if (slug !== null) push(view.bySlug, slug, doc)
    view.position.set(doc, index)
  })
  return view
}

/** The documents the plan's selector allows, in dataset order (unordered queries keep their order). */
function candidates(view: DatasetView, plan: QueryPlan): DatasetDocument[] {
  const { selector } = plan
  if (!selector) return view.documents
  const found = new Set<DatasetDocument>()
  for (const value of selector.values) {
    if (selector.by === 'id') {
      const doc = view.byId.get(value)
      if (doc) found.add(doc)
    } else {
      const index = selector.by === 'type' ? view.byType : view.bySlug
      for (const doc of index.get(value) ?? []) found.add(doc)
    }
  }
  const position = (doc: DatasetDocument) => view.position.get(doc) ?? 0
  return [...found].sort((a, b) => position(a) - position(b))
}

function valueAt(doc: unknown, path: string[]): unknown {
  let value = doc
  for (const name of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[name]
  }
  return value
}

/** The first moment after `now` when a time the filter compares with now() is reached. */
function nextTimeChange(
  documents: DatasetDocument[],
  plan: QueryPlan,
  now: Date,
): Pick<KeptResult, 'untilIso' | 'untilMs'> {
  const nowIso = now.toISOString()
  const nowMs = now.getTime()
  let untilIso: string | null = null
  let untilMs = Infinity
  for (const path of plan.timeFields) {
    for (const doc of documents) {
      const value = valueAt(doc, path)
      if (typeof value !== 'string') continue
      // Compared as text by GROQ and as a time by anyone who parses it: keep the earlier of both.
      if (value >= nowIso && (untilIso === null || value < untilIso)) untilIso = value
      const ms = Date.parse(value)
      if (ms >= nowMs && ms < untilMs) untilMs = ms
    }
  }
  return { untilIso, untilMs }
}

function isStillValid(kept: KeptResult, now: Date): boolean {
  return (kept.untilIso === null || now.toISOString() < kept.untilIso) && now.getTime() < kept.untilMs
}

async function run(tree: ExprNode, view: DatasetView, dataset: DatasetDocument[], now: Date): Promise<unknown> {
  const options = {
    dataset,
    timestamp: now,
    dereference: ({ _ref }: { _ref: string }) => view.byId.get(_ref) ?? null,
  }
  try {
    // The synchronous evaluator is several times faster, but knows only part of GROQ: it
    // throws on the rest, which then goes to the full evaluator.
    return evaluateSync(tree, options).get()
  } catch {
    return (await evaluate(tree, options)).get()
  }
}

/** Answers a GROQ query over the view, as groq-js over all its documents would. */
export async function queryView(
  view: DatasetView,
  query: string,
  params: Record<string, unknown> = {},
  now: Date = new Date(),
): Promise<unknown> {
  const key = `${query}\u0000${JSON.stringify(params)}`
  const kept = view.results.get(key)
  if (kept && isStillValid(kept, now)) {
    // Map order is the eviction order: a hit moves to the back.
    view.results.delete(key)
    view.results.set(key, kept)
    return kept.value
  }
  const tree = parse(query, { params })
  const plan = planQuery(tree)
  const dataset = candidates(view, plan)
  const value = await run(tree, view, dataset, now)
  if (plan.cacheable) {
    view.results.delete(key)
    view.results.set(key, { value, ...nextTimeChange(dataset, plan, now) })
    const oldest = view.results.keys().next()
    if (view.results.size > KEPT_RESULTS && !oldest.done) view.results.delete(oldest.value)
  }
  return value
}
