/**
 * The content reader: which backend answers, how each kind of read reaches it, and one source
 * per process. The Content Lake cannot run here, so next-sanity's client is a recording fake.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

type Reader = typeof import('@/lib/content/reader')

const unstableCache = jest.fn(<T>(fn: T, _key: string[], _options: { tags: string[] }) => fn)
jest.mock('next/cache', () => ({
  unstable_cache: <T>(fn: T, key: string[], options: { tags: string[] }) => unstableCache(fn, key, options),
}))

/** A copy of the reader as a process with `env` would load it (lib/env reads process.env at import). */
function loadReader(env: Record<string, string | undefined>): Reader {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    let reader: Reader | undefined
    jest.isolateModules(() => {
      reader = jest.requireActual<Reader>('@/lib/content/reader')
    })
    if (!reader) throw new Error('the reader did not load')
    return reader
  } finally {
    process.env = saved
  }
}

beforeEach(() => unstableCache.mockClear())

describe('embedded dataset', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-dataset-'))
  const file = path.join(dir, 'data.ndjson')
  writeFileSync(
    file,
    [
      { _id: 'category-a', _type: 'category', title: 'Published title' },
      { _id: 'drafts.category-a', _type: 'category', title: 'Draft title' },
    ]
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )
  const query = '*[_type == "category"].title'
  const local = () => loadReader({ NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_DIR: dir })

  it('reads published documents fresh by default, outside any cache', async () => {
    await expect(local().readContent(query)).resolves.toEqual(['Published title'])
    expect(unstableCache).not.toHaveBeenCalled()
  })

  it('caches under the tags, keyed by the dataset version, the query and its params', async () => {
    const reader = local()
    const version = await reader.contentVersion()
    await expect(
      reader.readContent('*[_type == $type].title', { type: 'category' }, { kind: 'cached', tags: ['category'] }),
    ).resolves.toEqual(['Published title'])
    expect(unstableCache).toHaveBeenCalledWith(
      expect.any(Function),
      ['content', version, '*[_type == $type].title', '{"type":"category"}'],
      { tags: ['category'] },
    )
  })

  it('shows drafts in place of published documents, uncached', async () => {
    await expect(local().readContent(query, {}, { kind: 'drafts' })).resolves.toEqual(['Draft title'])
    expect(unstableCache).not.toHaveBeenCalled()
  })

  it('has a version that changes when the dataset file does', async () => {
    const reader = local()
    const before = await reader.contentVersion()
    writeFileSync(file, `${JSON.stringify({ _id: 'category-b', _type: 'category', title: 'Another, longer one' })}\n`)
    expect(await reader.contentVersion()).not.toBe(before)
    await expect(reader.readContent(query)).resolves.toEqual(['Another, longer one'])
  })
})

describe('Sanity mode (next-sanity client recorded)', () => {
  const fetches: { config: Record<string, unknown>; args: unknown[] }[] = []
  function fakeClient(config: Record<string, unknown>) {
    return {
      config: () => config,
      fetch: jest.fn(async (...args: unknown[]) => {
        fetches.push({ config, args })
        return ['from the lake']
      }),
      withConfig: (extra: Record<string, unknown>) => fakeClient({ ...config, ...extra }),
    }
  }
  const createClient = jest.fn(fakeClient)
  jest.doMock('next-sanity', () => ({ createClient }))
  afterAll(() => jest.dontMock('next-sanity'))

  beforeEach(() => {
    fetches.length = 0
    createClient.mockClear()
  })

  const sanity = (extra: Record<string, string | undefined> = {}) =>
    loadReader({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: undefined, ...extra })

  it('reads published content fresh through the CDN client with no cache', async () => {
    await expect(sanity().readContent('*[0]', { a: 1 })).resolves.toEqual(['from the lake'])
    expect(fetches).toEqual([
      {
        config: expect.objectContaining({ projectId: 'abc123', perspective: 'published', useCdn: true }),
        args: ['*[0]', { a: 1 }, { cache: 'no-store' }],
      },
    ])
  })

  it('fails fast for the proxy: one try, a short timeout', async () => {
    await sanity().readContent('*[0]', {}, { kind: 'fresh', failFast: true })
    expect(fetches[0]?.config).toEqual(expect.objectContaining({ maxRetries: 0, timeout: 3000 }))
  })

  it('leaves cached reads to Next’s fetch cache, tagged, so a failed regeneration keeps the last page', async () => {
    await sanity().readContent('*[0]', {}, { kind: 'cached', tags: ['post', 'post:a'] })
    expect(fetches[0]?.args).toEqual(['*[0]', {}, { next: { tags: ['post', 'post:a'], revalidate: false } }])
    expect(unstableCache).not.toHaveBeenCalled()
  })

  it('reads drafts with the token, without the CDN, with stega', async () => {
    await sanity({ SANITY_API_READ_TOKEN: 'read-token' }).readContent('*[0]', {}, { kind: 'drafts' })
    expect(fetches[0]?.config).toEqual(
      expect.objectContaining({
        token: 'read-token',
        perspective: 'drafts',
        useCdn: false,
        stega: expect.objectContaining({ enabled: true }),
      }),
    )
    expect(fetches[0]?.args).toEqual(['*[0]', {}, { cache: 'no-store' }])
  })

  it('has no version: webhooks say what changed', async () => {
    await expect(sanity().contentVersion()).resolves.toBeNull()
  })

  it('makes one client per process, shared by every copy of the module (Next’s bundles)', async () => {
    const settings = { NEXT_PUBLIC_SANITY_DATASET: 'one-client' }
    await sanity(settings).readContent('*[0]')
    await sanity(settings).readContent('*[1]', {}, { kind: 'cached', tags: ['x'] })
    expect(createClient).toHaveBeenCalledTimes(1)
    expect(fetches).toHaveLength(2)
  })
})
