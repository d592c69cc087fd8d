import { isRecord, type RuleResult } from './types'

/** On one price row: "from $X to $Y" must not run backwards, or the table would say nonsense. */
export function priceRangeInOrder(row: unknown): RuleResult {
  if (!isRecord(row)) return true
  const { priceFrom, priceTo } = row
  if (typeof priceFrom !== 'number' || typeof priceTo !== 'number') return true
  return priceTo > priceFrom ? true : '"Up to" must be more than "From" (leave it empty for a single price).'
}
