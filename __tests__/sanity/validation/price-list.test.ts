import { priceRangeInOrder } from '@/sanity/validation/price-list'

describe('priceRangeInOrder (Studio rule on a price row)', () => {
  it('accepts a single price and a rising range, and leaves incomplete rows to the required rules', () => {
    expect(priceRangeInOrder({ priceFrom: 350 })).toBe(true)
    expect(priceRangeInOrder({ priceFrom: 450, priceTo: 550 })).toBe(true)
    expect(priceRangeInOrder({ priceTo: 550 })).toBe(true)
    expect(priceRangeInOrder(undefined)).toBe(true)
  })

  it('refuses a range that runs backwards or has no width', () => {
    expect(priceRangeInOrder({ priceFrom: 550, priceTo: 450 })).toMatch(/more than "From"/)
    expect(priceRangeInOrder({ priceFrom: 450, priceTo: 450 })).toMatch(/more than "From"/)
  })
})
