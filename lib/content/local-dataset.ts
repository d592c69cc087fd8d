/**
 * The embedded content backend: reads Sanity export NDJSON files and answers GROQ with groq-js.
 *
 * Export files reference assets as `_sanityAsset: "image@file://./images/x.jpg"`. Loading turns
 * each into a real asset reference plus a `sanity.imageAsset` / `sanity.fileAsset` document
 * (./dataset-assets.ts), so `asset->url` in the shared queries means the same thing here as in
 * the Content Lake. CONTENT_DATASET_DIR may be the seed folder, an unpacked export or the
 * export's .tar.gz (./dataset-location.ts).
 */
import 'server-only'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'
import { loadAsset, readAssetMetadata, type AssetMetadata, type LoadedAsset, type ServedFile } from './dataset-assets'
import { datasetFolder } from './dataset-location'
import { createDatasetView, type DatasetView } from './dataset-view'

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
  /** How many more references to the same broken asset there were (reported once). */
  others?: number
}

export interface LoadedDataset {
  documents: DatasetDocument[]
  problems: DatasetProblem[]
  /** The asset files the image route serves, by the name in their url. */
  files: Map<string, ServedFile>
  /** Changes whenever any dataset file changes; part of cache keys. */
  version: string
  /** Each perspective indexed for queries, made on first use (see ./dataset-view.ts). */
  views: Partial<Record<Perspective, DatasetView>>
}

type JsonObject = { [key: string]: unknown }

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A `_sanityAsset` field met while parsing: where it is, to point it at its asset later. */
interface AssetPlaceholder {
  node: JsonObject
  reference: string
  line: number
  id: string
}

/** Takes the `_sanityAsset` strings out of a document, remembering where each was. */
function collectAssets(node: unknown, found: (node: JsonObject, reference: string) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) collectAssets(item, found)
    return
  }
  if (!isObject(node)) return
  const reference = node._sanityAsset
  if (typeof reference === 'string') {
    delete node._sanityAsset
    found(node, reference)
  }
  for (const child of Object.values(node)) collectAssets(child, found)
}

/**
 * Parses one NDJSON file's text. Bad lines become problems; good ones load regardless. Each
 * asset file is read once (synchronously: tests parse the seed at import time); one that
 * cannot load is one problem, at the first line that refers to it, and the documents that
 * refer to it load without that asset.
 */
export function parseNdjson(
  text: string,
  file: string,
  baseDir: string,
  metadata: AssetMetadata = {},
): Pick<LoadedDataset, 'documents' | 'problems' | 'files'> {
  const documents: DatasetDocument[] = []
  const problems: DatasetProblem[] = []
  const placeholders: AssetPlaceholder[] = []
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
    // The document itself, not a copy: its asset fields are filled in below.
    const document: DatasetDocument = Object.assign(value, { _id: id, _type: value._type })
    collectAssets(document, (node, reference) => placeholders.push({ node, reference, line, id }))
    documents.push(document)
  })

  const loaded = new Map<string, LoadedAsset | Error>()
  for (const { reference } of placeholders) {
    if (loaded.has(reference)) continue
    try {
      loaded.set(reference, loadAsset(reference, baseDir, metadata))
    } catch (error) {
      loaded.set(reference, error instanceof Error ? error : new Error(`cannot load ${reference}`))
    }
  }

  const assets = new Map<string, DatasetDocument>()
  const files = new Map<string, ServedFile>()
  const reported = new Map<string, DatasetProblem>()
  for (const { node, reference, line, id } of placeholders) {
    const asset = loaded.get(reference)
    if (asset && !(asset instanceof Error)) {
      node.asset = { _type: 'reference', _ref: asset.document._id }
      assets.set(asset.document._id, asset.document)
      files.set(asset.name, asset.served)
      continue
    }
    const known = reported.get(reference)
    if (known) {
      known.others = (known.others ?? 0) + 1
      continue
    }
    const problem: DatasetProblem = { file, line, id, message: asset?.message ?? `cannot load ${reference}` }
    reported.set(reference, problem)
    problems.push(problem)
  }

  return { documents: [...documents, ...assets.values()], problems, files }
}

/**
 * The parsed dataset per folder, once per process: every bundle (pages, the proxy, the mail
 * worker) reads the same copy. Each entry is a load in progress or done, so requests that
 * arrive together parse the files once; a load that fails is dropped and tried again.
 */
const loads = () =>
  processSingleton('content:local-datasets', () => new Map<string, { version: string; load: Promise<LoadedDataset> }>())

/**
 * Loads every *.ndjson file in the dataset (a folder or an export archive, see
 * ./dataset-location.ts), with assets.json if there is one; re-reads only when one of those
 * files changed (so `next dev` sees edits).
 */
export async function loadDataset(configured: string): Promise<LoadedDataset> {
  const dir = await datasetFolder(configured)
  const entries = await readdir(dir)
  const names = entries.filter((name) => name.endsWith('.ndjson') || name === 'assets.json').sort()
  const stats = await Promise.all(names.map((name) => stat(path.join(dir, name))))
  const version = [dir, ...names.map((name, i) => `${name}:${stats[i]?.mtimeMs ?? 0}:${stats[i]?.size ?? 0}`)].join('|')
  const known = loads().get(configured)
  if (known?.version === version) return known.load
  const load = readDataset(
    dir,
    names.filter((name) => name.endsWith('.ndjson')),
    version,
  )
  loads().set(configured, { version, load })
  load.catch(() => {
    if (loads().get(configured)?.load === load) loads().delete(configured)
  })
  return load
}

async function readDataset(dir: string, names: string[], version: string): Promise<LoadedDataset> {
  const documents: DatasetDocument[] = []
  const problems: DatasetProblem[] = []
  const files = new Map<string, ServedFile>()
  let metadata: AssetMetadata = {}
  try {
    metadata = readAssetMetadata(dir)
  } catch (error) {
    problems.push({
      file: path.join(dir, 'assets.json'),
      line: 1,
      message: `${error instanceof Error ? error.message : error}; assets load without their exported metadata`,
    })
  }
  const ids = new Set<string>()
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8')
    const parsed = parseNdjson(text, path.join(dir, name), dir, metadata)
    // Asset documents repeat across files that share images: the first one stands.
    documents.push(...parsed.documents.filter((doc) => !ids.has(doc._id) && ids.add(doc._id)))
    problems.push(...parsed.problems)
    for (const [file, served] of parsed.files) files.set(file, served)
  }
  for (const problem of problems) {
    const where = `${problem.file}:${problem.line}${problem.id ? ` (${problem.id})` : ''}`
    const others = problem.others ? ` (and ${problem.others} more references to it)` : ''
    log.warn(`[content] dataset problem at ${where}: ${problem.message}${others}`)
  }
  return { documents, problems, files, version, views: {} }
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
