/** sanity/env.ts as the Studio or the CLI loads it, with only the given public Sanity variables set. */
export const SANITY_ENV_KEYS = [
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
  'NEXT_PUBLIC_SANITY_API_VERSION',
] as const
export type SanityEnvKey = (typeof SANITY_ENV_KEYS)[number]

export function loadSanityEnv(values: Partial<Record<SanityEnvKey, string>>): typeof import('@/sanity/env') {
  const saved = { ...process.env }
  for (const key of SANITY_ENV_KEYS) delete process.env[key]
  Object.assign(process.env, values)
  try {
    let loaded: typeof import('@/sanity/env') | undefined
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('@/sanity/env')>('@/sanity/env')
    })
    if (!loaded) throw new Error('module did not load')
    return loaded
  } finally {
    process.env = saved
  }
}
