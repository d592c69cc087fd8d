import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyPerspective, loadDataset, parseNdjson, queryDocuments } from '@/lib/content/local-dataset'

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"></svg>'

function datasetDir(lines: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dataset-'))
  mkdirSync(path.join(dir, 'images'))
  writeFileSync(path.join(dir, 'images', 'hero.svg'), svg)
  writeFileSync(path.join(dir, 'data.ndjson'), lines.join('\n'))
  return dir
}

const doc = (fields: Record<string, unknown>) => JSON.stringify(fields)

describe('parseNdjson', () => {
  it('reports a line that is not JSON by file and line, and keeps the rest', () => {
    const dir = datasetDir([])
    const text = [doc({ _id: 'a', _type: 'post' }), '{not json', doc({ _id: 'b', _type: 'post' })].join('\n')
    const { documents, problems } = parseNdjson(text, 'seed.ndjson', dir)
    expect(documents.map((d) => d._id)).toEqual(['a', 'b'])
    expect(problems).toEqual([
      expect.objectContaining({ file: 'seed.ndjson', line: 2, message: expect.stringMatching(/not valid JSON/) }),
    ])
  })

  it('reports documents without _id or _type and duplicate ids', () => {
    const text = [
      doc({ _type: 'post' }),
      doc({ _id: 'a', _type: 'post' }),
      doc({ _id: 'a', _type: 'post', title: 'again' }),
    ].join('\n')
    const { documents, problems } = parseNdjson(text, 'f.ndjson', tmpdir())
    expect(documents).toHaveLength(1)
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'a document needs string _id and _type'],
      [3, 'duplicate _id; the first one is kept'],
    ])
  })

  it('turns _sanityAsset references into asset documents with url and size', async () => {
    const dir = datasetDir([])
    const text = doc({
      _id: 'p',
      _type: 'post',
      mainImage: { _type: 'image', _sanityAsset: 'image@file://./images/hero.svg', alt: 'Calm water' },
    })
    const { documents, problems } = parseNdjson(text, 'f.ndjson', dir)
    expect(problems).toEqual([])
    const result = await queryDocuments(
      documents,
      '*[_id == "p"][0]{"url": mainImage.asset->url, "w": mainImage.asset->metadata.dimensions.width, "h": mainImage.asset->metadata.dimensions.height, "ref": mainImage.asset._ref}',
    )
    expect(result).toEqual({
      url: expect.stringMatching(/^\/seed-images\/[0-9a-f]{40}-1200x675\.svg$/),
      w: 1200,
      h: 675,
      ref: expect.stringMatching(/^image-[0-9a-f]{40}-1200x675-svg$/),
    })
  })

  it('reports a missing image and one that points outside the dataset folder', () => {
    const dir = datasetDir([])
    const text = [
      doc({
        _id: 'p',
        _type: 'post',
        mainImage: { _type: 'image', _sanityAsset: 'image@file://./images/missing.svg' },
      }),
      doc({ _id: 'q', _type: 'post', mainImage: { _type: 'image', _sanityAsset: 'image@file://../../etc/passwd' } }),
    ].join('\n')
    const { problems } = parseNdjson(text, 'f.ndjson', dir)
    expect(problems.map((p) => [p.id, p.message])).toEqual([
      ['p', 'image file not found: images/missing.svg'],
      ['q', expect.stringMatching(/outside the dataset folder/)],
    ])
  })
})

describe('loadDataset', () => {
  it('loads every ndjson file and reloads when one changes', async () => {
    const dir = datasetDir([doc({ _id: 'a', _type: 'post', title: 'First' })])
    const first = await loadDataset(dir)
    expect(first.documents.map((d) => d.title)).toEqual(['First'])
    expect(await loadDataset(dir)).toBe(first)
    writeFileSync(path.join(dir, 'data.ndjson'), doc({ _id: 'a', _type: 'post', title: 'Second, longer title' }))
    const second = await loadDataset(dir)
    expect(second.documents.map((d) => d.title)).toEqual(['Second, longer title'])
    expect(second.version).not.toEqual(first.version)
  })

  it('parses once for reads that arrive together, and once for every copy of the module (Next’s bundles)', async () => {
    const dir = datasetDir([doc({ _id: 'a', _type: 'post', title: 'First' })])
    const [one, two] = await Promise.all([loadDataset(dir), loadDataset(dir)])
    expect(two).toBe(one)
    let fromCopy: Promise<unknown> | undefined
    jest.isolateModules(() => {
      const copy = jest.requireActual<typeof import('@/lib/content/local-dataset')>('@/lib/content/local-dataset')
      fromCopy = copy.loadDataset(dir)
    })
    expect(await fromCopy).toBe(one)
  })
})

describe('applyPerspective', () => {
  const docs = [
    { _id: 'a', _type: 'post', title: 'Published A' },
    { _id: 'drafts.a', _type: 'post', title: 'Draft A' },
    { _id: 'drafts.b', _type: 'post', title: 'Draft-only B' },
  ]

  it('never shows drafts in the published perspective', () => {
    expect(applyPerspective(docs, 'published').map((d) => d.title)).toEqual(['Published A'])
  })

  it('shows drafts over published documents under the published id in the drafts perspective', () => {
    expect(applyPerspective(docs, 'drafts').map((d) => [d._id, d.title])).toEqual([
      ['a', 'Draft A'],
      ['b', 'Draft-only B'],
    ])
  })
})
