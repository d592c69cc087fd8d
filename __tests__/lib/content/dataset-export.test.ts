/**
 * The embedded dataset reads what `sanity dataset export` writes: the folder and the .tar.gz,
 * with every image format, file assets and assets.json metadata; and bad input in it is
 * reported and skipped. The fixture is made by ./fixtures/make-export-fixture.mjs.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { create } from 'tar'
import { datasetFolder } from '@/lib/content/dataset-location'
import { loadDataset, queryDocuments, type DatasetDocument } from '@/lib/content/local-dataset'

const fixture = path.join(__dirname, 'fixtures', 'export')
const FORMATS = { jpg: [40, 30], png: [41, 31], webp: [42, 32], gif: [43, 33], avif: [44, 34], svg: [45, 35] }

const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
afterAll(() => warn.mockRestore())

const image = (documents: DatasetDocument[], postId: string) =>
  queryDocuments(
    documents,
    `*[_id == $id][0].mainImage{"ref": asset._ref, ...(asset->{url, mimeType, extension, originalFilename, size, "lqip": metadata.lqip, "dominant": metadata.palette.dominant.background, "width": metadata.dimensions.width, "height": metadata.dimensions.height})}`,
    { id: postId },
  )

describe('an exported folder', () => {
  it.each(Object.entries(FORMATS))(
    'gives a %s image a Sanity asset with its size and exported metadata',
    async (ext, [w, h]) => {
      const { documents } = await loadDataset(fixture)
      const found = await image(documents, `post-${ext}`)
      expect(found).toEqual({
        ref: expect.stringMatching(new RegExp(`^image-[0-9a-f]{40}-${w}x${h}-${ext}$`)),
        url: expect.stringMatching(new RegExp(`^/seed-images/[0-9a-f]{40}-${w}x${h}\\.${ext}$`)),
        mimeType: ext === 'svg' ? 'image/svg+xml' : ext === 'jpg' ? 'image/jpeg' : `image/${ext}`,
        extension: ext,
        originalFilename: `original-${ext}.${ext}`,
        size: expect.any(Number),
        lqip: `data:image/jpeg;base64,lqip-${ext}`,
        dominant: '#3a7d7c',
        width: w,
        height: h,
      })
    },
  )

  it('sizes a sideways-stored JPEG as displayed (EXIF orientation), as Sanity does', async () => {
    const { documents } = await loadDataset(fixture)
    expect(await image(documents, 'post-rotated')).toMatchObject({ width: 20, height: 50 })
  })

  it('agrees with sharp (which resizes them) on every image size', async () => {
    const { files } = await loadDataset(fixture)
    for (const [name, file] of files) {
      if (file.kind !== 'image') continue
      const meta = await sharp(file.path).metadata()
      expect(name).toContain(`-${meta.autoOrient.width}x${meta.autoOrient.height}.`)
    }
  })

  it('turns file@ assets into sanity.fileAsset documents', async () => {
    const { documents } = await loadDataset(fixture)
    const leaflet = await queryDocuments(
      documents,
      '*[_id == "page-leaflet"][0].leaflet.asset->{_id, _type, url, mimeType, size, originalFilename, title}',
    )
    expect(leaflet).toEqual({
      _id: expect.stringMatching(/^file-[0-9a-f]{40}-pdf$/),
      _type: 'sanity.fileAsset',
      url: expect.stringMatching(/^\/seed-images\/[0-9a-f]{40}\.pdf$/),
      mimeType: 'application/pdf',
      size: 55,
      originalFilename: 'aftercare-leaflet.pdf',
      title: 'Aftercare leaflet',
    })
  })

  it('reports a broken line by number, a corrupt image once and a missing file, and loads the rest', async () => {
    warn.mockClear()
    const dir = mkdtempSync(path.join(tmpdir(), 'export-copy-'))
    // A copy, so this load is not the one cached by the tests above and logs again.
    await create({ gzip: true, file: path.join(dir, 'x.tar.gz'), cwd: fixture }, ['.'])
    const { documents, problems } = await loadDataset(path.join(dir, 'x.tar.gz'))
    expect(problems.map((p) => [path.basename(p.file), p.line, p.id, p.message, p.others])).toEqual([
      ['data.ndjson', 4, undefined, expect.stringMatching(/^not valid JSON/), undefined],
      [
        'data.ndjson',
        10,
        'post-corrupt',
        expect.stringMatching(/^cannot read image images\/[0-9a-f]{40}-10x10\.jpg/),
        1,
      ],
      [
        'data.ndjson',
        12,
        'post-missing',
        expect.stringMatching(/^image file not found: images\/0{40}-10x10\.png$/),
        undefined,
      ],
    ])
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn.mock.calls[1]?.[0]).toMatch(
      /post-corrupt.*cannot read image images\/.*10x10\.jpg.*and 1 more reference/,
    )
    // Everything else loaded: the seven image posts, the page, three posts without their image and the assets.
    const ids = documents.map((doc) => doc._id)
    expect(ids).toEqual(
      expect.arrayContaining(['post-jpg', 'post-svg', 'page-leaflet', 'post-corrupt', 'post-missing']),
    )
    expect(documents.filter((doc) => doc._type === 'post')).toHaveLength(10)
    expect(documents.find((doc) => doc._id === 'post-corrupt')?.mainImage).toEqual({ _type: 'image' })
  })
})

describe('an export archive', () => {
  async function archive(): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-archive-'))
    const file = path.join(dir, 'production.tar.gz')
    // As @sanity/export packs it: everything under one `<name>-export-<date>` folder.
    await create({ gzip: true, file, cwd: fixture, prefix: 'abc123-export-2026-12-03', portable: true }, [
      'data.ndjson',
      'assets.json',
      'images',
      'files',
    ])
    return file
  }

  it('loads as the unpacked folder does', async () => {
    const fromArchive = await loadDataset(await archive())
    const fromFolder = await loadDataset(fixture)
    expect(fromArchive.documents.map((doc) => doc._id).sort()).toEqual(
      fromFolder.documents.map((doc) => doc._id).sort(),
    )
    expect([...fromArchive.files.keys()].sort()).toEqual([...fromFolder.files.keys()].sort())
  })

  it('is unpacked once, not per request or per bundle', async () => {
    const file = await archive()
    const first = await loadDataset(file)
    const folder = await datasetFolder(file)
    const unpackedAt = statSync(path.join(folder, 'data.ndjson')).mtimeMs
    expect(await loadDataset(file)).toBe(first)
    let fromCopy: Promise<string> | undefined
    jest.isolateModules(() => {
      const copy = jest.requireActual<typeof import('@/lib/content/dataset-location')>('@/lib/content/dataset-location')
      fromCopy = copy.datasetFolder(file)
    })
    expect(await fromCopy).toBe(folder)
    expect(statSync(path.join(folder, 'data.ndjson')).mtimeMs).toBe(unpackedAt)
  })

  it('reuses the folder of an identical archive (keyed by its hash) and never leaves a partial one', async () => {
    const one = await datasetFolder(await archive())
    const two = await datasetFolder(await archive())
    expect(two).toBe(one)
    const hash = path.basename(path.dirname(one))
    expect(hash).toMatch(/^[0-9a-f]{32}$/)
    expect(readdirSync(path.dirname(path.dirname(one))).filter((name) => name.startsWith(`${hash}.partial`))).toEqual(
      [],
    )
  })
})
