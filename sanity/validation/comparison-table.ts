import { isRecord, type RuleContext, type RuleResult } from './types'

function columnCount(document: unknown): number {
  return isRecord(document) && Array.isArray(document.columns) ? document.columns.length : 0
}

/**
 * On a row's `cells`: one cell per column, in column order. A missing or extra cell would
 * put values under the wrong treatment, which misinforms patients comparing options.
 */
export function cellsMatchColumns(cells: unknown, context: RuleContext): RuleResult {
  const expected = columnCount(context.document)
  const actual = Array.isArray(cells) ? cells.length : 0
  if (actual === expected) return true
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `This row has ${plural(actual, 'cell')} but the table has ${plural(expected, 'column')}: give exactly one cell per column, in the same order.`
}

/** Empty cells read as "no" to a patient; ask for an explicit value such as "Not offered". */
export function cellsNotBlank(cells: unknown): RuleResult {
  if (!Array.isArray(cells)) return true
  const blank = cells.findIndex((c) => typeof c !== 'string' || c.trim() === '')
  return blank === -1 ? true : `Cell ${blank + 1} is empty: write what applies, e.g. "Not offered" or "Varies".`
}
