/**
 * What a GROQ query can touch, read from its syntax tree, so the embedded dataset hands
 * groq-js a few documents instead of all of them.
 *
 * groq-js answers `*[filter]` by testing every document, so a slug lookup costs time in
 * proportion to the dataset. The site's queries (./queries.ts)
 * all have one `*[...]` whose filter says `_type == "post"`, `_type in [...]`, `_id == "x"` or
 * `slug.current == $slug` as one of its `&&` terms: every match is among the documents that
 * term selects, so those are all groq-js needs to see (`->` goes through an id index, see
 * ./dataset-view.ts). groq-js still applies the whole filter, so results are the same;
 * anything this does not understand (two `*`, a filter without such a term) falls back to
 * every document.
 */
import type { ExprNode } from 'groq-js'

/** One `&&` term that narrows the documents: by type(s), id or slug. */
export type Selector = { by: 'type' | 'id' | 'slug'; values: string[] }

export interface QueryPlan {
  /** The narrowest selector of the one `*[...]`, or null: give groq-js every document. */
  selector: Selector | null
  /**
   * Whether the result depends only on the documents and params (and the time, through
   * `timeFields`), so it can be kept until the dataset or the relevant time changes.
   */
  cacheable: boolean
  /**
   * Fields compared with now() in the filter (`publishedAt <= now()`): the result can change
   * only when the clock passes one of their values.
   */
  timeFields: string[][]
}

type Node = ExprNode | { type: string; [key: string]: unknown }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** Every node of the tree, depth first. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item)
    return
  }
  if (!isNode(node)) return
  yield node
  for (const [key, child] of Object.entries(node)) if (key !== 'type') yield* walk(child)
}

/** `a.b.c` on the current document as ['a', 'b', 'c']; null for anything else. */
function attributePath(node: unknown): string[] | null {
  if (!isNode(node) || node.type !== 'AccessAttribute') return null
  const name = (node as { name?: unknown }).name
  if (typeof name !== 'string') return null
  const base = (node as { base?: unknown }).base
  if (base === undefined) return [name]
  const parent = attributePath(base)
  return parent ? [...parent, name] : null
}

function stringValue(node: unknown): string | null {
  if (!isNode(node) || node.type !== 'Value') return null
  const value = (node as { value?: unknown }).value
  return typeof value === 'string' ? value : null
}

function stringArray(node: unknown): string[] | null {
  if (!isNode(node) || node.type !== 'Array') return null
  const elements = (node as { elements?: unknown }).elements
  if (!Array.isArray(elements)) return null
  const values: string[] = []
  for (const element of elements) {
    if (!isNode(element) || (element as { isSplat?: unknown }).isSplat) return null
    const value = stringValue((element as { value?: unknown }).value)
    if (value === null) return null
    values.push(value)
  }
  return values
}

/** The `&&` terms of a filter, through parentheses. */
function conjuncts(node: unknown): unknown[] {
  if (isNode(node) && node.type === 'Group') return conjuncts((node as { base?: unknown }).base)
  if (isNode(node) && node.type === 'And') {
    const { left, right } = node as { left?: unknown; right?: unknown }
    return [...conjuncts(left), ...conjuncts(right)]
  }
  return [node]
}

function selectorOf(term: unknown): Selector | null {
  if (!isNode(term) || term.type !== 'OpCall') return null
  const { op, left, right } = term as { op?: unknown; left?: unknown; right?: unknown }
  const field = attributePath(left)?.join('.')
  if (op === '==') {
    const value = stringValue(right)
    if (value === null) return null
    if (field === '_type') return { by: 'type', values: [value] }
    if (field === '_id') return { by: 'id', values: [value] }
    if (field === 'slug.current') return { by: 'slug', values: [value] }
  }
  if (op === 'in' && field === '_type') {
    const values = stringArray(right)
    if (values) return { by: 'type', values }
  }
  return null
}

const COMPARISONS = new Set(['<', '<=', '>', '>='])
const isNow = (node: unknown) => isNode(node) && node.type === 'FuncCall' && (node as { name?: unknown }).name === 'now'

/**
 * The fields compared with now() directly in the filter's `&&`/`||`/`!` structure, or null
 * if now() appears anywhere else (in a projection, a nested filter): then the plan does not
 * know when the result changes and it is not kept.
 */
function timeFieldsOf(filter: unknown, tree: unknown): string[][] | null {
  const fields: string[][] = []
  let nowsInFilterLogic = 0
  const visit = (node: unknown): void => {
    if (!isNode(node)) return
    if (node.type === 'And' || node.type === 'Or') {
      const { left, right } = node as { left?: unknown; right?: unknown }
      visit(left)
      visit(right)
    } else if (node.type === 'Not' || node.type === 'Group') {
      visit((node as { base?: unknown }).base)
    } else if (node.type === 'OpCall' && COMPARISONS.has(String((node as { op?: unknown }).op))) {
      const { left, right } = node as { left?: unknown; right?: unknown }
      const field = isNow(right) ? attributePath(left) : isNow(left) ? attributePath(right) : null
      if (field) {
        fields.push(field)
        nowsInFilterLogic++
      }
    }
  }
  visit(filter)
  let nows = 0
  for (const node of walk(tree)) if (isNow(node)) nows++
  return nows === nowsInFilterLogic ? fields : null
}

/** Functions whose answer depends on more than the documents and params: such results are not kept. */
const CONTEXT_FUNCTIONS = new Set(['identity', 'before', 'after', 'operation'])

export function planQuery(tree: ExprNode): QueryPlan {
  const nodes = [...walk(tree)]
  const everything = nodes.filter((node) => node.type === 'Everything').length
  const filters = nodes.filter(
    (node) =>
      node.type === 'Filter' &&
      isNode((node as { base?: unknown }).base) &&
      (node as { base: Node }).base.type === 'Everything',
  )
  const contextual = nodes.some(
    (node) => node.type === 'FuncCall' && CONTEXT_FUNCTIONS.has(String((node as { name?: unknown }).name)),
  )
  const filter = everything === 1 && filters.length === 1 ? (filters[0] as { expr?: unknown }).expr : undefined
  if (filter === undefined) return { selector: null, cacheable: false, timeFields: [] }

  const selectors = conjuncts(filter)
    .map(selectorOf)
    .filter((selector): selector is Selector => selector !== null)
  // id and slug pick one or two documents; a type list can pick thousands.
  const rank = (selector: Selector) => (selector.by === 'type' ? 1 : 0)
  const selector = selectors.sort((a, b) => rank(a) - rank(b))[0] ?? null
  const timeFields = timeFieldsOf(filter, tree)
  return { selector, cacheable: !contextual && timeFields !== null, timeFields: timeFields ?? [] }
}
