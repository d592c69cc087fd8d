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
    expect(() =>
      parseEnv({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'Bad Id!',
        SITE_URL: 'ftp://clinic',
        NEXT_PUBLIC_SANITY_API_VERSION: 'latest',
      }),
    ).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID[\s\S]*NEXT_PUBLIC_SANITY_API_VERSION[\s\S]*SITE_URL/)
  })

  it('accepts an http(s) SANITY_API_HOST and refuses anything else', () => {
    expect(parseEnv({ SANITY_API_HOST: 'http://127.0.0.1:4100' }).SANITY_API_HOST).toBe('http://127.0.0.1:4100')
    expect(() => parseEnv({ SANITY_API_HOST: 'api.internal' })).toThrow(/SANITY_API_HOST/)
  })
})
