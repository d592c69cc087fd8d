/**
 * A clean `sanity dataset export` folder (the seed's documents, as data.ndjson, with two posts'
 * images swapped for a JPEG and a WebP under their export names and an assets.json) loads with no
 * problem reported, and those posts render their images with the width and height Sanity would
 * give: the post query, its zod schema and the site's image component, as the article page uses them.
 */
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { SanityImage } from '@/components/content/sanity-image'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'
import { POST_QUERY } from '@/lib/content/queries'
import { postSchema } from '@/lib/content/schemas'

const seedDir = path.join(process.cwd(), 'sanity', 'seed')
const IMAGES = {
  'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy': { format: 'jpeg', ext: 'jpg', width: 1200, height: 675 },
  'ketamine-safety-and-side-effects': { format: 'webp', ext: 'webp', width: 960, height: 640 },
} as const

async function makeExport(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'clean-export-'))
  cpSync(path.join(seedDir, 'images'), path.join(dir, 'images'), { recursive: true })
  const assets: Record<string, unknown> = {}
  const refs = new Map<string, string>()
  for (const [slug, { format, ext, width, height }] of Object.entries(IMAGES)) {
    const bytes = await sharp({ create: { width, height, channels: 3, background: '#3a7d7c' } })
      .toFormat(format)
      .toBuffer()
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const name = `${sha1}-${width}x${height}.${ext}`
    writeFileSync(path.join(dir, 'images', name), bytes)
    refs.set(slug, `image@file://./images/${name}`)
    assets[`image-${sha1}`] = {
      originalFilename: `${slug}.${ext}`,
      sha1hash: sha1,
      size: bytes.length,
      metadata: { _type: 'sanity.imageMetadata', dimensions: { width, height, aspectRatio: width / height } },
    }
  }
  const lines = readFileSync(path.join(seedDir, 'dataset.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const doc = JSON.parse(line) as { _type: string; slug?: { current?: string }; mainImage?: object }
      const ref = doc._type === 'post' && doc.slug?.current ? refs.get(doc.slug.current) : undefined
      if (ref && doc.mainImage) doc.mainImage = { ...doc.mainImage, _sanityAsset: ref }
      return JSON.stringify(doc)
    })
  writeFileSync(path.join(dir, 'data.ndjson'), `${lines.join('\n')}\n`)
  writeFileSync(path.join(dir, 'assets.json'), JSON.stringify(assets))
  mkdirSync(path.join(dir, 'files'))
  return dir
}

describe('a clean export folder', () => {
  let dir: string
  beforeAll(async () => {
    dir = await makeExport()
  })

  it('loads with no problem reported', async () => {
    const { problems, documents } = await loadDataset(dir)
    expect(problems).toEqual([])
    expect(documents.filter((doc) => doc._type === 'sanity.imageAsset').length).toBeGreaterThanOrEqual(2)
  })

  it.each(Object.entries(IMAGES))('renders the image of %s with its width and height', async (slug, image) => {
    const { documents } = await loadDataset(dir)
    const post = postSchema.parse(
      await queryDocuments(applyPerspective(documents, 'published'), POST_QUERY, { slug, language: 'en' }),
    )
    if (!post.mainImage) throw new Error(`${slug} has no main image`)
    const html = renderToStaticMarkup(<SanityImage image={post.mainImage} priority />)
    expect(html).toContain(`width="${image.width}"`)
    expect(html).toContain(`height="${image.height}"`)
    expect(html).toMatch(new RegExp(`src="/seed-images/[0-9a-f]{40}-${image.width}x${image.height}\\.${image.ext}`))
  })
})
