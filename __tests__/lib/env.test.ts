import { parseEnv } from '@/lib/env'

describe('parseEnv', () => {
  it('defaults to the embedded dataset with no variables set', () => {
    const env = parseEnv({})
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SANITY_DATASET).toBe('production')
    expect(env.SITE_URL).toBe('http://localhost:3000')
  })

  it('treats empty strings as unset', () => {
    expect(parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: '' }).NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
  })

  it('lists every bad key in one error', () => {
    expect(() => parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'Bad Id!', SITE_URL: 'ftp://clinic', NEXT_PUBLIC_SANITY_API_VERSION: 'latest' })).toThrow(
      /NEXT_PUBLIC_SANITY_PROJECT_ID[\s\S]*NEXT_PUBLIC_SANITY_API_VERSION[\s\S]*SITE_URL/,
    )
  })
})
