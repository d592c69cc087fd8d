import { z } from 'zod'
import { validateList } from '@/lib/content/fetch'
import { PERSON_QUERY } from '@/lib/content/queries'
import { personSchema } from '@/lib/content/schemas'
import { querySeed } from '../../helpers/seed'

jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

/** A person exactly as PERSON_QUERY returns it from the seed, to break one field at a time. */
const raw = async (slug: string) =>
  (await querySeed(z.record(z.string(), z.unknown()), PERSON_QUERY, { slug })) as Record<string, unknown>

describe('personSchema: a broken care-team fact is dropped, not the person', () => {
  it('keeps a valid NPI and licence from the seed', async () => {
    const person = personSchema.parse(await raw('daniel-okafor'))
    expect(person.npi).toBe('1234567893')
    expect(person.license).toEqual({ type: 'md', number: 'EX-MD-0101', state: 'OR' })
    expect(person.role).toBe('clinician')
  })

  it('drops an NPI that fails its check digit, or has the wrong length, and keeps the person', async () => {
    for (const npi of ['1234567890', '123456789', 'not-an-npi']) {
      const person = personSchema.parse({ ...(await raw('daniel-okafor')), npi })
      expect(person.npi).toBeNull()
      expect(person.name).toBe('Daniel Okafor')
      expect(person.license?.number).toBe('EX-MD-0101')
    }
  })

  it('a listing keeps the person whose NPI is bad', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const people = validateList(personSchema, [{ ...(await raw('maya-ellison')), npi: '1999900108' }])
    expect(people.map((p) => [p.slug, p.npi])).toEqual([['maya-ellison', null]])
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('drops an incomplete licence, unknown languages and states, and dangling treatment references', async () => {
    const person = personSchema.parse({
      ...(await raw('lucia-herrera')),
      license: { type: 'np', number: 'EX-NP-0103' },
      languages: ['es', 'klingon', 'es'],
      telehealthStates: ['OR', 'XX'],
      treatments: [null, { name: 'Ketamine IV Therapy', slug: 'ketamine-iv-therapy' }],
    })
    expect(person.license).toBeNull()
    expect(person.languages).toEqual(['es'])
    expect(person.telehealthStates).toEqual(['OR'])
    expect(person.treatments).toEqual([{ name: 'Ketamine IV Therapy', slug: 'ketamine-iv-therapy' }])
  })

  it('shows staff without clinician facts, and treats a person without a role as a clinician', async () => {
    const staff = personSchema.parse({
      ...(await raw('rosa-delgado')),
      npi: '1234567893',
      license: { type: 'rn', number: 'X1', state: 'OR' },
      acceptingNewPatients: true,
    })
    expect(staff).toMatchObject({ role: 'staff', npi: null, license: null, acceptingNewPatients: null })
    expect(staff.languages).toEqual(['en', 'es'])
    expect(personSchema.parse({ ...(await raw('maya-ellison')), role: null }).role).toBe('clinician')
  })
})
