import { formatPrice, isPriceUnit, PRICE_UNIT_LABELS, PRICE_UNITS } from '@/lib/prices'

describe('formatPrice', () => {
  it('writes whole dollars with thousands separators, a range with an en dash, and 0 as Free', () => {
    expect(formatPrice(350)).toBe('$350')
    expect(formatPrice(2550)).toBe('$2,550')
    expect(formatPrice(450, 550)).toBe('$450–$550')
    expect(formatPrice(0)).toBe('Free')
    expect(formatPrice(0, 100)).toBe('$0–$100')
  })
})

describe('price units', () => {
  it('has a label for every unit and recognises only those', () => {
    expect(Object.keys(PRICE_UNIT_LABELS).sort()).toEqual([...PRICE_UNITS].sort())
    expect(isPriceUnit('series')).toBe(true)
    expect(isPriceUnit('month')).toBe(false)
    expect(isPriceUnit(undefined)).toBe(false)
  })
})
