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

  it('takes STAFF_ORIGIN as an https origin (plain http only on localhost), on another host than SITE_URL', () => {
    expect(parseEnv({ STAFF_ORIGIN: 'https://Staff.Example-Clinic.com/' }).STAFF_ORIGIN).toBe(
      'https://staff.example-clinic.com',
    )
    expect(parseEnv({ STAFF_ORIGIN: 'http://localhost:3001' }).STAFF_ORIGIN).toBe('http://localhost:3001')
    expect(parseEnv({}).STAFF_ORIGIN).toBeUndefined()
    for (const bad of ['http://staff.example-clinic.com', 'https://staff.example-clinic.com/staff', 'staff.example']) {
      expect(() => parseEnv({ STAFF_ORIGIN: bad })).toThrow(/STAFF_ORIGIN/)
    }
    expect(() =>
      parseEnv({ STAFF_ORIGIN: 'https://www.example-clinic.com', SITE_URL: 'https://www.example-clinic.com' }),
    ).toThrow(/STAFF_ORIGIN: must be another host/)
  })

  it('serves the Studio unless STUDIO_ENABLED is false', () => {
    expect(parseEnv({}).STUDIO_ENABLED).toBe(true)
    expect(parseEnv({ STUDIO_ENABLED: '' }).STUDIO_ENABLED).toBe(true)
    expect(parseEnv({ STUDIO_ENABLED: 'false' }).STUDIO_ENABLED).toBe(false)
    expect(() => parseEnv({ STUDIO_ENABLED: 'maybe' })).toThrow(/STUDIO_ENABLED/)
  })

  it('requires 32 characters of the webhook and preview secrets, like every other secret', () => {
    const short = 'x'.repeat(31)
    const long = 'x'.repeat(32)
    expect(() => parseEnv({ SANITY_REVALIDATE_SECRET: short })).toThrow(/SANITY_REVALIDATE_SECRET: at least 32/)
    expect(() => parseEnv({ SANITY_PREVIEW_SECRET: 'sixteen-chars-ok' })).toThrow(/SANITY_PREVIEW_SECRET: at least 32/)
    expect(parseEnv({ SANITY_REVALIDATE_SECRET: long, SANITY_PREVIEW_SECRET: long })).toMatchObject({
      SANITY_REVALIDATE_SECRET: long,
      SANITY_PREVIEW_SECRET: long,
    })
  })
})
