/** The public Sanity variables: one set of rules for the server, the Studio and the CLI. */
import { parseEnv } from '@/lib/env'
import { parseSanityEnv } from '@/lib/sanity-env'
import { loadSanityEnv, type SanityEnvKey } from '@/__tests__/helpers/load-sanity-env'

/** Whether each reader accepts `value` for `key`; they must always agree. */
function verdicts(key: SanityEnvKey, value: string): [boolean, boolean, boolean] {
  const accepts = (read: () => unknown) => {
    try {
      read()
      return true
    } catch (error) {
      expect(String(error)).toContain(key)
      return false
    }
  }
  return [
    accepts(() => parseSanityEnv({ [key]: value })),
    accepts(() => parseEnv({ [key]: value })),
    accepts(() => loadSanityEnv({ [key]: value })),
  ]
}

describe('public Sanity variables', () => {
  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'abc123xy', true],
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'standin', true],
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'abc-123', false],
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'ABC123', false],
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'My Project', false],
    ['NEXT_PUBLIC_SANITY_DATASET', 'production', true],
    ['NEXT_PUBLIC_SANITY_DATASET', 'staging_2-eu', true],
    ['NEXT_PUBLIC_SANITY_DATASET', 'd'.repeat(64), true],
    ['NEXT_PUBLIC_SANITY_DATASET', 'd'.repeat(65), false],
    ['NEXT_PUBLIC_SANITY_DATASET', '_private', false],
    ['NEXT_PUBLIC_SANITY_DATASET', '-staging', false],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Production', false],
    ['NEXT_PUBLIC_SANITY_API_VERSION', '2025-10-01', true],
    ['NEXT_PUBLIC_SANITY_API_VERSION', 'latest', false],
    ['NEXT_PUBLIC_SANITY_API_VERSION', '2025-13-01', false],
    ['NEXT_PUBLIC_SANITY_API_VERSION', '2025-02-30', false],
  ] as const)('%s=%s: accepted %s by the server, the Studio and the CLI alike', (key, value, accepted) => {
    expect(verdicts(key, value)).toEqual([accepted, accepted, accepted])
  })

  it('has the same defaults everywhere', () => {
    const studio = loadSanityEnv({})
    const server = parseEnv({})
    expect(parseSanityEnv({})).toEqual({
      NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      NEXT_PUBLIC_SANITY_API_VERSION: '2025-10-01',
    })
    expect([server.NEXT_PUBLIC_SANITY_DATASET, server.NEXT_PUBLIC_SANITY_API_VERSION]).toEqual([
      'production',
      '2025-10-01',
    ])
    expect([studio.dataset, studio.apiVersion]).toEqual(['production', '2025-10-01'])
  })

  it('lists every bad key in one error', () => {
    expect(() => parseSanityEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'a-b', NEXT_PUBLIC_SANITY_DATASET: '_x' })).toThrow(
      /Invalid Sanity environment variables:\n {2}NEXT_PUBLIC_SANITY_PROJECT_ID: [^\n]+\n {2}NEXT_PUBLIC_SANITY_DATASET/,
    )
  })
})
