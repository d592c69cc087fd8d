/**
 * The embedded content backend: reads Sanity export NDJSON files and answers GROQ with groq-js.
 *
 * Export files reference images as `_sanityAsset: "image@file://./images/x.svg"`. Loading turns
 * each into a real asset reference plus a `sanity.imageAsset` document (url, dimensions), so
 * `asset->url` in the shared queries means the same thing here as in the Content Lake.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'
import { paths } from '@/lib/routes'
import { createDatasetView, type DatasetView } from './dataset-view'
import { readImageSize } from './image-size'

export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface DatasetProblem {
  file: string
  line: number
  id?: string
  message: string
}

export interface LoadedDataset {
  documents: DatasetDocument[]
  problems: DatasetProblem[]
  /** Changes whenever any dataset file changes; part of cache keys. */
  version: string
  /** Each perspective indexed for queries, made on first use (see ./dataset-view.ts). */
  views: Partial<Record<Perspective, DatasetView>>
}

/** Where the site serves seed images from (see app/seed-images/[file]/route.ts). */

const ASSET_PATTERN = /^image@file:\/\/(.+)$/

type JsonObject = { [key: string]: unknown }

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parses one NDJSON file's text. Bad lines become problems; good ones load regardless. */
export function parseNdjson(
  text: string,
  file: string,
  baseDir: string,
): Pick<LoadedDataset, 'documents' | 'problems'> {
  const documents: DatasetDocument[] = []
  const problems: DatasetProblem[] = []
  const assets = new Map<string, DatasetDocument>()
  const seen = new Set<string>()

  text.split('\n').forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      problems.push({
        file,
        line,
        message: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      })
      return
    }
    if (!isObject(value) || typeof value._id !== 'string' || typeof value._type !== 'string') {
      problems.push({ file, line, message: 'a document needs string _id and _type' })
      return
    }
    const id = value._id
    if (seen.has(id)) {
      problems.push({ file, line, id, message: 'duplicate _id; the first one is kept' })
      return
    }
    seen.add(id)
    const resolve = (reference: string) => resolveAsset(reference, baseDir, assets)
    const failures = replaceAssets(value, resolve)
    failures.forEach((message) => problems.push({ file, line, id, message }))
    documents.push({ ...value, _id: id, _type: value._type })
  })

  return { documents: [...documents, ...assets.values()], problems }
}

/** Replaces `_sanityAsset` strings in place; returns a message for each that cannot load. */
function replaceAssets(node: unknown, resolve: (reference: string) => string): string[] {
  if (Array.isArray(node)) return node.flatMap((item) => replaceAssets(item, resolve))
  if (!isObject(node)) return []
  const failures: string[] = []
  const reference = node._sanityAsset
  if (typeof reference === 'string') {
    delete node._sanityAsset
    try {
      node.asset = { _type: 'reference', _ref: resolve(reference) }
    } catch (error) {
      failures.push(error instanceof Error ? error.message : `cannot load ${reference}`)
    }
  }
  for (const child of Object.values(node)) failures.push(...replaceAssets(child, resolve))
  return failures
}

function resolveAsset(reference: string, baseDir: string, assets: Map<string, DatasetDocument>): string {
  const match = ASSET_PATTERN.exec(reference)
  if (!match?.[1]) throw new Error(`unsupported asset reference "${reference}" (expected image@file://./images/<file>)`)
  const filePath = path.resolve(baseDir, match[1])
  const relative = path.relative(baseDir, filePath)
  if (relative.startsWith('..')) throw new Error(`asset "${reference}" points outside the dataset folder`)
  let bytes: Buffer
  try {
    bytes = readFileSync(filePath)
  } catch {
    throw new Error(`image file not found: ${relative}`)
  }
  const extension = path.extname(filePath).slice(1).toLowerCase()
  const size = readImageSize(bytes, extension)
  if (!size) throw new Error(`cannot read the size of ${relative} (svg needs width/height or viewBox; png supported)`)
  const hash = createHash('sha1').update(bytes).digest('hex')
  const assetId = `image-${hash}-${size.width}x${size.height}-${extension}`
  assets.set(assetId, {
    _id: assetId,
    _type: 'sanity.imageAsset',
    url: paths.seedImage(path.basename(filePath)),
    extension,
    originalFilename: path.basename(filePath),
    metadata: { dimensions: { width: size.width, height: size.height, aspectRatio: size.width / size.height } },
  })
  return assetId
}

/**
 * The parsed dataset per folder, once per process: every bundle (pages, the proxy, the mail
 * worker) reads the same copy. Each entry is a load in progress or done, so requests that
 * arrive together parse the files once; a load that fails is dropped and tried again.
 */
const loads = () =>
  processSingleton('content:local-datasets', () => new Map<string, { version: string; load: Promise<LoadedDataset> }>())

/** Loads every *.ndjson file in `dir`; re-reads only when a file changed (so `next dev` sees edits). */
export async function loadDataset(dir: string): Promise<LoadedDataset> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ndjson')).sort()
  const stats = await Promise.all(names.map((name) => stat(path.join(dir, name))))
  const version = names.map((name, i) => `${name}:${stats[i]?.mtimeMs ?? 0}:${stats[i]?.size ?? 0}`).join('|')
  const known = loads().get(dir)
  if (known?.version === version) return known.load
  const load = readDataset(dir, names, version)
  loads().set(dir, { version, load })
  load.catch(() => {
    if (loads().get(dir)?.load === load) loads().delete(dir)
  })
  return load
}

async function readDataset(dir: string, names: string[], version: string): Promise<LoadedDataset> {
  const documents: DatasetDocument[] = []
  const problems: DatasetProblem[] = []
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8')
    const parsed = parseNdjson(text, path.join(dir, name), dir)
    documents.push(...parsed.documents)
    problems.push(...parsed.problems)
  }
  for (const problem of problems) {
    const where = `${problem.file}:${problem.line}${problem.id ? ` (${problem.id})` : ''}`
    log.warn(`[content] dataset problem at ${where}: ${problem.message}`)
  }
  return { documents, problems, version, views: {} }
}

export type Perspective = 'published' | 'drafts'

/**
 * Mirrors the Content Lake's perspectives: `published` hides drafts; `drafts` shows each
 * draft in place of its published document, under the published id.
 */
export function applyPerspective(documents: DatasetDocument[], perspective: Perspective): DatasetDocument[] {
  const isDraft = (doc: DatasetDocument) => doc._id.startsWith('drafts.')
  if (perspective === 'published') return documents.filter((doc) => !isDraft(doc))
  const drafts = new Map(documents.filter(isDraft).map((doc) => [doc._id.slice('drafts.'.length), doc]))
  const published = documents.filter((doc) => !isDraft(doc))
  const merged = published.map((doc) => {
    const draft = drafts.get(doc._id)
    return draft ? { ...draft, _id: doc._id } : doc
  })
  const publishedIds = new Set(published.map((doc) => doc._id))
  const draftOnly = [...drafts.entries()]
    .filter(([id]) => !publishedIds.has(id))
    .map(([id, doc]) => ({ ...doc, _id: id }))
  return [...merged, ...draftOnly]
}

/** The dataset as one perspective sees it, indexed once per loaded version. */
export function datasetView(dataset: LoadedDataset, perspective: Perspective): DatasetView {
  const view = dataset.views[perspective] ?? createDatasetView(applyPerspective(dataset.documents, perspective))
  dataset.views[perspective] = view
  return view
}

/**
 * Runs a GROQ query over documents, exactly as the Content Lake would: plain groq-js over all
 * of them. The site reads through datasetView + queryView, which must answer the same.
 */
export async function queryDocuments(
  documents: DatasetDocument[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const tree = parse(query, { params })
  const result = await evaluate(tree, { dataset: documents, params })
  return result.get()
}
