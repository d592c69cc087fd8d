/**
 * The dataset asset route: the right Content-Type, CDN-style resizing with sharp, bounded
 * parameters (400 with a message, never a 500), immutable caching; and image URLs in local
 * mode built by the same @sanity/image-url builder as in Sanity mode.
 */
import path from 'node:path'
import sharp from 'sharp'
import { assetResponse } from '@/lib/content/asset-response'
import type { ServedFile } from '@/lib/content/dataset-assets'
import { imageSrcSet, imageUrl } from '@/lib/content/image-url'
import { loadDataset } from '@/lib/content/local-dataset'
import { GET } from '@/app/seed-images/[file]/route'

const fixture = path.join(__dirname, 'fixtures', 'export')
jest.spyOn(console, 'warn').mockImplementation(() => undefined)

async function served(extension: string): Promise<[string, ServedFile]> {
  const { files } = await loadDataset(fixture)
  const found = [...files].find(([name]) => name.endsWith(`.${extension}`) && !name.includes('-20x50.'))
  if (!found) throw new Error(`no .${extension} in the fixture`)
  return found
}

const ask = async (extension: string, query = '', accept = 'image/avif,image/webp,*/*') => {
  const [, file] = await served(extension)
  return assetResponse(file, new URLSearchParams(query), accept)
}

const size = async (response: Response) => {
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return [meta.format, meta.width, meta.height]
}

describe('assetResponse', () => {
  it.each([
    ['jpg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['gif', 'image/gif'],
    ['avif', 'image/avif'],
    ['svg', 'image/svg+xml'],
    ['pdf', 'application/pdf'],
  ])('serves a .%s as it is with Content-Type %s, cached as immutable', async (extension, type) => {
    const response = await ask(extension)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('resizes within the box (fit=max never enlarges) and converts with fm', async () => {
    expect(await size(await ask('jpg', 'w=20&fit=max'))).toEqual(['jpeg', 20, 15])
    expect(await size(await ask('jpg', 'w=400&fit=max'))).toEqual(['jpeg', 40, 30])
    expect(await size(await ask('png', 'w=10&h=10&fit=crop&fm=webp'))).toEqual(['webp', 10, 10])
    expect(await size(await ask('avif', 'h=17&fm=jpg&q=60'))).toEqual(['jpeg', 22, 17])
    expect(await size(await ask('webp', 'w=21&dpr=2&fm=png'))).toEqual(['png', 42, 32])
  })

  it('picks WebP for auto=format when the browser takes it, and says the answer varies by Accept', async () => {
    const webp = await ask('jpg', 'w=20&auto=format')
    expect(webp.headers.get('content-type')).toBe('image/webp')
    expect(webp.headers.get('vary')).toBe('Accept')
    const jpeg = await ask('jpg', 'w=20&auto=format', 'image/jpeg')
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg')
  })

  it('keeps an SVG a vector unless a raster format is asked for', async () => {
    expect((await ask('svg', 'w=20&auto=format')).headers.get('content-type')).toBe('image/svg+xml')
    expect(await size(await ask('svg', 'w=90&fit=clip&fm=png'))).toEqual(['png', 90, 70])
  })

  it.each([
    ['w=0', 'w: must be at least 1'],
    ['w=4001', 'w: must be at most 4000'],
    ['h=abc', 'h: must be a number'],
    ['w=10.5', 'w: must be a whole number of pixels'],
    ['fit=banana', 'fit: must be one of clip, crop, fill, fillmax, max, min, scale'],
    ['fm=bmp', 'fm: must be one of jpg, pjpg, png, webp, avif, gif'],
    ['q=101', 'q: must be at most 100'],
    ['auto=compress', 'auto: only auto=format is supported'],
    ['dpr=9', 'dpr: must be at most 3'],
    ['w=10&w=20', 'w: give it once'],
  ])('answers %s with a 400 that says why', async (query, message) => {
    const response = await ask('jpg', query)
    expect(response.status).toBe(400)
    expect(await response.text()).toBe(`Bad image parameters: ${message}`)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('ignores CDN parameters it does not implement', async () => {
    expect((await ask('jpg', 'w=20&rect=0,0,10,10&bg=fff')).status).toBe(200)
  })

  it('answers 404 for names the dataset did not give out', async () => {
    expect((await assetResponse(undefined, new URLSearchParams(), '')).status).toBe(404)
  })
})

describe('the route', () => {
  it('finds the file by its CDN-style name in the configured dataset', async () => {
    const saved = process.env.CONTENT_DATASET_DIR
    const [name] = await served('png')
    let route: { GET: typeof GET } | undefined
    process.env.CONTENT_DATASET_DIR = fixture
    jest.isolateModules(() => {
      route = jest.requireActual<{ GET: typeof GET }>('@/app/seed-images/[file]/route')
    })
    process.env.CONTENT_DATASET_DIR = saved
    if (!route) throw new Error('the route did not load')
    const request = (file: string, query = '') =>
      route?.GET(new Request(`http://localhost/seed-images/${file}${query}`), { params: Promise.resolve({ file }) })
    const response = await request(name, '?w=20&fm=png')
    expect(response?.status).toBe(200)
    expect(await size(response as Response)).toEqual(['png', 20, 15])
    expect((await request('../data.ndjson'))?.status).toBe(404)
    expect((await request('0046e9483cd23c7221380ff3b0991c88995ac40a-10x10.jpg'))?.status).toBe(404) // the corrupt one
  })
})

describe('imageUrl in local mode', () => {
  const jpeg = {
    alt: 'A picture',
    assetId: 'image-4fdcee878363000ad331d42d4f10600092831a1d-40x30-jpg',
    url: '/seed-images/4fdcee878363000ad331d42d4f10600092831a1d-40x30.jpg',
    width: 40,
    height: 30,
  }

  it('builds the CDN query with @sanity/image-url, under the local route', () => {
    expect(imageUrl(jpeg, 20)).toBe(
      '/seed-images/4fdcee878363000ad331d42d4f10600092831a1d-40x30.jpg?w=20&fit=max&auto=format',
    )
    expect(imageSrcSet(jpeg, [20, 40, 80])).toBe(
      '/seed-images/4fdcee878363000ad331d42d4f10600092831a1d-40x30.jpg?w=20&fit=max&auto=format 20w, ' +
        '/seed-images/4fdcee878363000ad331d42d4f10600092831a1d-40x30.jpg?w=40&fit=max&auto=format 40w',
    )
  })

  it('leaves SVGs as they are', () => {
    const svg = { ...jpeg, assetId: 'image-abc-1200x800-svg', url: '/seed-images/abc-1200x800.svg' }
    expect(imageUrl(svg, 600)).toBe('/seed-images/abc-1200x800.svg')
    expect(imageSrcSet(svg, [600])).toBeUndefined()
  })
})
