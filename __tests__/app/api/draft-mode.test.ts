/**
 * Draft mode: the enable/disable routes (local and Sanity mode) and what turning it on changes
 * for content reads. next/headers' draftMode is replaced by a switch the tests control.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from 'next-sanity'

const draft = { isEnabled: false, enable: jest.fn(), disable: jest.fn() }
let draftModeThrows = false
jest.mock('next/headers', () => ({
  draftMode: async () => {
    if (draftModeThrows) throw new Error('`draftMode` was called outside a request scope.')
    return draft
  },
}))
// Outside a Next server there is no incremental cache: run cached functions directly.
jest.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }))

const sanityEnable = jest.fn(async () => new Response(null, { status: 307, headers: { Location: '/blog/x' } }))
const defineEnableDraftMode = jest.fn((_options: { client: SanityClient }) => ({ GET: sanityEnable }))
jest.mock('next-sanity/draft-mode', () => ({
  defineEnableDraftMode: (options: { client: SanityClient }) => defineEnableDraftMode(options),
}))

const PREVIEW_SECRET = 'local-preview-secret-0123456789abcdef'

/** Imports a module fresh with `env` applied (lib/env reads process.env once, at import). */
async function withEnv<T>(env: Record<string, string | undefined>, load: () => Promise<T>): Promise<T> {
  jest.resetModules()
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    return await load()
  } finally {
    process.env = saved
  }
}

const localEnv = (extra: Record<string, string | undefined> = {}) => ({
  NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
  SANITY_PREVIEW_SECRET: undefined,
  ...extra,
})

const enableRoute = (env: Record<string, string | undefined>) =>
  withEnv(env, async () => (await import('@/app/api/draft-mode/enable/route')).GET)

beforeEach(() => {
  draft.isEnabled = false
  draftModeThrows = false
  jest.clearAllMocks()
})

describe('GET /api/draft-mode/enable, embedded dataset', () => {
  it('does not exist while SANITY_PREVIEW_SECRET is unset', async () => {
    const GET = await enableRoute(localEnv())
    const response = await GET(new Request(`http://localhost/api/draft-mode/enable?secret=anything`))
    expect(response.status).toBe(404)
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it.each([['?secret=wrong-secret-0123456789'], ['?secret='], ['']])('refuses the query %p', async (query) => {
    const GET = await enableRoute(localEnv({ SANITY_PREVIEW_SECRET: PREVIEW_SECRET }))
    const response = await GET(new Request(`http://localhost/api/draft-mode/enable${query}`))
    expect(response.status).toBe(401)
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it('turns draft mode on with the right secret and opens the requested page', async () => {
    const GET = await enableRoute(localEnv({ SANITY_PREVIEW_SECRET: PREVIEW_SECRET }))
    const response = await GET(
      new Request(`http://localhost/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/blog/some-post`),
    )
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/blog/some-post')
    expect(draft.enable).toHaveBeenCalledTimes(1)
  })

  it('accepts the parameter names the Presentation tool uses', async () => {
    const GET = await enableRoute(localEnv({ SANITY_PREVIEW_SECRET: PREVIEW_SECRET }))
    const response = await GET(
      new Request(
        `http://localhost/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=%2Ftreatments`,
      ),
    )
    expect(response.headers.get('location')).toBe('/treatments')
  })

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'never redirects off the site (%s)',
    async (target) => {
      const GET = await enableRoute(localEnv({ SANITY_PREVIEW_SECRET: PREVIEW_SECRET }))
      const response = await GET(
        new Request(
          `http://localhost/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=${encodeURIComponent(target)}`,
        ),
      )
      expect(response.headers.get('location')).toBe('/')
    },
  )
})

describe('GET /api/draft-mode/enable, Sanity mode', () => {
  const sanityEnv = (token?: string) => ({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: token })

  it('does not exist without a read token (drafts could not be read anyway)', async () => {
    const GET = await enableRoute(sanityEnv())
    const response = await GET(new Request('http://localhost/api/draft-mode/enable?sanity-preview-secret=x'))
    expect(response.status).toBe(404)
    expect(defineEnableDraftMode).not.toHaveBeenCalled()
  })

  it('hands the request to next-sanity’s secret check, with a token-bearing client', async () => {
    const GET = await enableRoute(sanityEnv('read-token'))
    const req = new Request('http://localhost/api/draft-mode/enable?sanity-preview-secret=x')
    const response = await GET(req)
    expect(response.status).toBe(307)
    expect(sanityEnable).toHaveBeenCalledWith(req)
    const client = defineEnableDraftMode.mock.calls[0]?.[0].client
    expect(client?.config()).toEqual(
      expect.objectContaining({ token: 'read-token', projectId: 'abc123', useCdn: false }),
    )
  })
})

describe('GET /api/draft-mode/disable', () => {
  const disable = () => withEnv(localEnv(), async () => (await import('@/app/api/draft-mode/disable/route')).GET)

  it('turns draft mode off and returns to the page the editor was on', async () => {
    const GET = await disable()
    const response = await GET(
      new Request('http://localhost/api/draft-mode/disable', { headers: { referer: 'http://localhost/blog/x?y=1' } }),
    )
    expect(draft.disable).toHaveBeenCalledTimes(1)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/blog/x?y=1')
  })

  it('trusts the Host header the browser used (next start reports another host in request.url)', async () => {
    const GET = await disable()
    const response = await GET(
      new Request('http://localhost:3000/api/draft-mode/disable', {
        headers: { host: '127.0.0.1:3000', referer: 'http://127.0.0.1:3000/treatments' },
      }),
    )
    expect(response.headers.get('location')).toBe('/treatments')
  })

  it('ignores a referer from another site', async () => {
    const GET = await disable()
    const response = await GET(
      new Request('http://localhost/api/draft-mode/disable', { headers: { referer: 'https://evil.example/x' } }),
    )
    expect(response.headers.get('location')).toBe('/')
  })

  it('prefers an explicit same-site redirect', async () => {
    const GET = await disable()
    const response = await GET(new Request('http://localhost/api/draft-mode/disable?redirect=/treatments'))
    expect(response.headers.get('location')).toBe('/treatments')
  })
})

describe('content reads with draft mode off and on (embedded dataset)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'draft-dataset-'))
  writeFileSync(
    path.join(dir, 'data.ndjson'),
    [
      { _id: 'category-a', _type: 'category', title: 'Published title', slug: { current: 'a' } },
      { _id: 'drafts.category-a', _type: 'category', title: 'Draft title', slug: { current: 'a' } },
      { _id: 'drafts.category-new', _type: 'category', title: 'Never published', slug: { current: 'new' } },
    ]
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )
  const query = '*[_type == "category"] | order(title asc).title'
  const loadFetch = () => withEnv(localEnv({ CONTENT_DATASET_DIR: dir }), () => import('@/lib/content/fetch'))

  it('shows only published content when draft mode is off', async () => {
    const { fetchContent, isPreview } = await loadFetch()
    expect(await isPreview()).toBe(false)
    expect(await fetchContent(query, {}, ['category'])).toEqual(['Published title'])
  })

  it('shows drafts in place of published documents when draft mode is on', async () => {
    draft.isEnabled = true
    const { fetchContent, isPreview } = await loadFetch()
    expect(await isPreview()).toBe(true)
    expect(await fetchContent(query, {}, ['category'])).toEqual(['Draft title', 'Never published'])
  })

  it('is off outside a request (build-time generateStaticParams)', async () => {
    draftModeThrows = true
    const { fetchContent, isPreview } = await loadFetch()
    expect(await isPreview()).toBe(false)
    expect(await fetchContent(query, {}, ['category'])).toEqual(['Published title'])
  })
})

describe('Sanity-mode draft reads', () => {
  it('use the read token, the drafts perspective, no CDN, no cache and stega for click-to-edit', async () => {
    const fetch = jest.fn().mockResolvedValue(['x'])
    const withConfig = jest.fn().mockReturnValue({ fetch })
    const { createDraftSanityFetcher } = await import('@/lib/content/sanity-source')
    const fetcher = createDraftSanityFetcher({ withConfig } as unknown as SanityClient, 'read-token')
    await expect(fetcher('*[0]', { a: 1 }, ['post'])).resolves.toEqual(['x'])
    expect(withConfig).toHaveBeenCalledWith(
      expect.objectContaining({
        token: 'read-token',
        perspective: 'drafts',
        useCdn: false,
        stega: expect.objectContaining({ enabled: true, studioUrl: '/studio' }),
      }),
    )
    expect(fetch).toHaveBeenCalledWith('*[0]', { a: 1 }, { cache: 'no-store' })
  })

  it('stega-encodes prose fields only, never slugs, phone numbers, times or alt text', async () => {
    const { editableTextOnly } = await import('@/lib/content/sanity-source')
    const filterDefault = jest.fn().mockReturnValue(true)
    const encodes = (...sourcePath: (string | number)[]) =>
      editableTextOnly({ sourcePath, resultPath: sourcePath, filterDefault, sourceDocument: {} as never, value: 'v' })
    expect(encodes('title')).toBe(true)
    expect(encodes('body', 0, 'children', 0, 'text')).toBe(true)
    expect(encodes('benefits', 1)).toBe(true)
    expect(encodes('slug', 'current')).toBe(false)
    expect(encodes('phone', 'e164')).toBe(false)
    expect(encodes('openingHours', 0, 'opens')).toBe(false)
    expect(encodes('mainImage', 'alt')).toBe(false)
    expect(encodes('crisisNotice')).toBe(false)
  })
})
