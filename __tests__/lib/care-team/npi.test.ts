import { isValidNpi, luhnCheckDigit, npiProblem } from '@/lib/care-team/npi'

describe('NPI check digit (Luhn over "80840" + the first nine digits)', () => {
  it('accepts NPIs whose last digit is the check digit', () => {
    // 1234567893 is the example in CMS's NPI check-digit note.
    for (const npi of ['1234567893', '1999900107', '1999900206', '1999900305']) expect(isValidNpi(npi)).toBe(true)
  })

  it('computes the check digit the CMS way', () => {
    expect(luhnCheckDigit('80840123456789')).toBe(3)
  })

  it('rejects a wrong check digit and any single-digit typo', () => {
    expect(isValidNpi('1234567890')).toBe(false)
    expect(isValidNpi('1234567894')).toBe(false)
    // Luhn catches every single-digit change.
    for (let i = 0; i < 10; i++) {
      const digits = '1234567893'.split('')
      digits[i] = String((Number(digits[i]) + 1) % 10)
      expect(isValidNpi(digits.join(''))).toBe(false)
    }
  })

  it('rejects the wrong length and anything but digits', () => {
    for (const bad of ['', '123456789', '12345678933', '123456789O', ' 1234567893', '1234-567893']) {
      expect(isValidNpi(bad)).toBe(false)
    }
  })

  it('tells the editor what is wrong', () => {
    expect(npiProblem('1234567893')).toBeNull()
    expect(npiProblem('12345')).toMatch(/ten digits; this one has 5/)
    expect(npiProblem('12345678a3')).toMatch(/ten digits, nothing else/)
    expect(npiProblem('1234567890')).toMatch(/check digit/)
  })
})
