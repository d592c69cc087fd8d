const keys = ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'NEXT_PUBLIC_SANITY_DATASET', 'NEXT_PUBLIC_SANITY_API_VERSION'] as const

function loadWith(values: Partial<Record<(typeof keys)[number], string>>): typeof import('@/sanity/env') {
  const saved = keys.map((k) => [k, process.env[k]] as const)
  for (const k of keys) delete process.env[k]
  Object.assign(process.env, values)
  try {
    let loaded: typeof import('@/sanity/env') | undefined
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('@/sanity/env')>('@/sanity/env')
    })
    if (!loaded) throw new Error('module did not load')
    return loaded
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

describe('sanity/env', () => {
  it('falls back to a placeholder project so the Studio config loads offline', () => {
    const env = loadWith({})
    expect(env.projectId).toBe(env.placeholderProjectId)
    expect(env.projectId).toMatch(/^[a-z0-9]+$/)
    expect(env.hasSanityProject).toBe(false)
    expect(env.dataset).toBe('production')
    expect(env.apiVersion).toBe('2025-10-01')
  })

  it('uses the configured project, dataset and API version', () => {
    const env = loadWith({
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
    expect(() => loadWith({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' })).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID/)
  })
})
