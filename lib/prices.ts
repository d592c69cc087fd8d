/**
 * How prices are counted and written, shared by the Studio (sanity/schemaTypes/price-list.ts),
 * the content schema and the /costs table, so an editor's choice reads the same everywhere.
 * Browser-safe: no imports.
 */

export const PRICE_UNITS = ['session', 'series', 'once'] as const
export type PriceUnit = (typeof PRICE_UNITS)[number]

/** The Studio's option titles and the table's "Counted" column. */
export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  session: 'Per session',
  series: 'Per series',
  once: 'One time',
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })

/** "$450", "$450–$600" for a range, "Free" for a single price of 0. */
export function formatPrice(from: number, to?: number | null): string {
  if (to === null || to === undefined) return from === 0 ? 'Free' : dollars.format(from)
  return `${dollars.format(from)}–${dollars.format(to)}`
}

export const isPriceUnit = (value: unknown): value is PriceUnit =>
  typeof value === 'string' && (PRICE_UNITS as readonly string[]).includes(value)
