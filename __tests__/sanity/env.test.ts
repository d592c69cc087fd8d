import { loadSanityEnv } from '@/__tests__/helpers/load-sanity-env'

describe('sanity/env', () => {
  it('falls back to a placeholder project so the Studio config loads offline', () => {
    const env = loadSanityEnv({})
    expect(env.projectId).toBe(env.placeholderProjectId)
    expect(env.projectId).toMatch(/^[a-z0-9]+$/)
    expect(env.hasSanityProject).toBe(false)
    expect(env.dataset).toBe('production')
    expect(env.apiVersion).toBe('2025-10-01')
  })

  it('uses the configured project, dataset and API version', () => {
    const env = loadSanityEnv({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123xy',
      NEXT_PUBLIC_SANITY_DATASET: 'staging',
      NEXT_PUBLIC_SANITY_API_VERSION: '2026-01-01',
    })
    expect(env).toMatchObject({
      projectId: 'abc123xy',
      dataset: 'staging',
      apiVersion: '2026-01-01',
      hasSanityProject: true,
    })
  })

  it('refuses a malformed project id', () => {
    expect(() => loadSanityEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' })).toThrow(
      /NEXT_PUBLIC_SANITY_PROJECT_ID/,
    )
  })
})
