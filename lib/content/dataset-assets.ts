/**
 * The asset documents of the embedded dataset, made the way the Content Lake makes them.
 *
 * Export files replace every asset reference with `_sanityAsset: "image@file://./images/<name>"`
 * (or `file@file://./files/<name>`) and leave the asset documents out; `sanity dataset export`
 * keeps their other fields in assets.json, keyed `image-<sha1>` / `file-<sha1>` (see
 * @sanity/export's AssetHandler). This module turns each referenced file back into a
 * `sanity.imageAsset` / `sanity.fileAsset` with Sanity's id shape (`image-<sha1>-<w>x<h>-<ext>`,
 * `file-<sha1>-<ext>`), its size and type, and the exported metadata (lqip, palette, original
 * file name...), so `asset->metadata.lqip` means here what it means in Sanity.
 *
 * Sizes come from image-size (JPEG, PNG, WebP, GIF, AVIF, SVG and more, maintained, pure JS)
 * rather than sharp, which resizes for the image route: image-size answers synchronously, and
 * parseNdjson stays synchronous for the tests and tools that parse the seed at import time.
 * Both read the same headers; the fixture test checks their sizes agree.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import { z } from 'zod'
import { paths } from '@/lib/routes'

export type AssetKind = 'image' | 'file'

export interface AssetDocument {
  _id: string
  _type: 'sanity.imageAsset' | 'sanity.fileAsset'
  [field: string]: unknown
}

/** A file the image route may serve, under the name Sanity's CDN would give it. */
export interface ServedFile {
  path: string
  mimeType: string
  kind: AssetKind
}

const REFERENCE = /^(image|file)@file:\/\/(.+)$/

/** image-size's type names to the extension Sanity gives such an image. */
const IMAGE_FORMATS: Record<string, { extension: string; mimeType: string }> = {
  jpg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
}

/** File assets are served as they are: a short list of types, the rest as plain bytes. */
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
  zip: 'application/zip',
}

/** assets.json as @sanity/export writes it: the asset documents minus id, type, url and path. */
const assetMetadataFile = z.record(z.string(), z.record(z.string(), z.unknown()))
export type AssetMetadata = z.infer<typeof assetMetadataFile>

/** Reads assets.json if the folder has one. A broken file is an error for the caller to report. */
export function readAssetMetadata(dir: string): AssetMetadata {
  let text: string
  try {
    text = readFileSync(path.join(dir, 'assets.json'), 'utf8')
  } catch {
    return {}
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`assets.json is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`)
  }
  const parsed = assetMetadataFile.safeParse(json)
  if (!parsed.success) throw new Error('assets.json must map asset ids to objects')
  return parsed.data
}

const sha1Of = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function imageAsset(bytes: Buffer, filePath: string, relative: string, exported: Record<string, unknown> | undefined) {
  let info: ReturnType<typeof imageSize>
  try {
    info = imageSize(bytes)
  } catch (error) {
    throw new Error(`cannot read image ${relative} (${error instanceof Error ? error.message : 'unknown error'})`)
  }
  const format = info.type ? IMAGE_FORMATS[info.type] : undefined
  if (!format) throw new Error(`unsupported image format "${info.type ?? 'unknown'}" in ${relative}`)
  // Sanity reports the size as displayed: EXIF orientations 5 to 8 turn the picture sideways.
  const sideways = (info.orientation ?? 1) >= 5
  const width = sideways ? info.height : info.width
  const height = sideways ? info.width : info.height
  if (!(width > 0 && height > 0)) throw new Error(`cannot read the size of ${relative}`)
  const sha1 = sha1Of(bytes)
  const exportedMetadata = isObject(exported?.metadata) ? exported.metadata : {}
  const name = `${sha1}-${width}x${height}.${format.extension}`
  const document: AssetDocument = {
    ...exported,
    _id: `image-${sha1}-${width}x${height}-${format.extension}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension: format.extension,
    mimeType: format.mimeType,
    originalFilename:
      typeof exported?.originalFilename === 'string' ? exported.originalFilename : path.basename(filePath),
    size: bytes.length,
    url: paths.seedImage(name),
    metadata: {
      ...exportedMetadata,
      // Measured, not copied: the id says the same size.
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    },
  }
  return { document, name, served: { path: filePath, mimeType: format.mimeType, kind: 'image' as const } }
}

function fileAsset(bytes: Buffer, filePath: string, exported: Record<string, unknown> | undefined) {
  const extension = path.extname(filePath).slice(1).toLowerCase() || 'bin'
  const mimeType = FILE_TYPES[extension] ?? 'application/octet-stream'
  const sha1 = sha1Of(bytes)
  const name = `${sha1}.${extension}`
  const document: AssetDocument = {
    ...exported,
    _id: `file-${sha1}-${extension}`,
    _type: 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType,
    originalFilename:
      typeof exported?.originalFilename === 'string' ? exported.originalFilename : path.basename(filePath),
    size: bytes.length,
    url: paths.seedImage(name),
  }
  return { document, name, served: { path: filePath, mimeType, kind: 'file' as const } }
}

export type LoadedAsset = { document: AssetDocument; name: string; served: ServedFile }

/**
 * Loads the asset a `_sanityAsset` string points at. Throws a message that names the file
 * (not found, outside the folder, not an image) for the caller to report once.
 */
export function loadAsset(reference: string, baseDir: string, metadata: AssetMetadata): LoadedAsset {
  const match = REFERENCE.exec(reference)
  const kind = match?.[1]
  const target = match?.[2]
  if (!kind || !target)
    throw new Error(
      `unsupported asset reference "${reference}" (expected image@file://./images/<file> or file@file://…)`,
    )
  const filePath = path.resolve(baseDir, target)
  const relative = path.relative(baseDir, filePath)
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new Error(`asset "${reference}" points outside the dataset folder`)
  let bytes: Buffer
  try {
    if (!statSync(filePath).isFile()) throw new Error('not a file')
    bytes = readFileSync(filePath)
  } catch {
    throw new Error(`${kind} file not found: ${relative}`)
  }
  // assets.json is keyed by the sha1 of the file's bytes, as @sanity/export names it.
  const exported = (id: string) => metadata[`${kind}-${id}`]
  return kind === 'image'
    ? imageAsset(bytes, filePath, relative, exported(sha1Of(bytes)))
    : fileAsset(bytes, filePath, exported(sha1Of(bytes)))
}
