/**
 * Responses of the embedded dataset's asset route (app/seed-images/[file]/route.ts): the file
 * as exported, or a resized copy made with sharp from the CDN-style parameters of
 * ./image-transform.ts. The served name holds the asset's sha1 (as on Sanity's CDN), so any
 * answer for a name and query never changes: it is cached for a year as immutable.
 */
import 'server-only'
import { readFile } from 'node:fs/promises'
import sharp, { type ResizeOptions } from 'sharp'
import { errorSummary, log } from '@/lib/log'
import type { ServedFile } from './dataset-assets'
import { changesImage, parseImageTransform, type ImageTransform } from './image-transform'

const IMMUTABLE = 'public, max-age=31536000, immutable'

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
}

function text(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

function fileHeaders(type: string, extra: Record<string, string> = {}): HeadersInit {
  return {
    'Content-Type': type,
    'Cache-Control': IMMUTABLE,
    // SVGs are documents: never let one run script if opened directly.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  }
}

/** The format to encode: fm wins; auto=format picks WebP for browsers that take it (AVIF costs far more CPU). */
function outputFormat(transform: ImageTransform, source: ServedFile, accept: string): keyof typeof MIME | null {
  if (transform.fm) return transform.fm
  if (transform.auto === 'format' && /\bimage\/webp\b/.test(accept) && source.mimeType !== 'image/svg+xml')
    return 'webp'
  return null
}

/** Sanity's fit modes in sharp's terms. */
function resizeOptions(transform: ImageTransform): ResizeOptions {
  const box = { width: transform.w, height: transform.h }
  switch (transform.fit ?? 'clip') {
    case 'max':
      return { ...box, fit: 'inside', withoutEnlargement: true }
    case 'crop':
      return { ...box, fit: 'cover' }
    case 'min':
      return { ...box, fit: 'cover', withoutEnlargement: true }
    case 'fill':
      return { ...box, fit: 'contain', background: '#ffffff' }
    case 'fillmax':
      return { ...box, fit: 'contain', background: '#ffffff', withoutEnlargement: true }
    case 'scale':
      return { ...box, fit: 'fill' }
    default:
      return { ...box, fit: 'inside' }
  }
}

async function transformImage(file: ServedFile, transform: ImageTransform, format: keyof typeof MIME | null) {
  const animated = file.mimeType === 'image/gif' || file.mimeType === 'image/webp'
  let image = sharp(file.path, { animated }).rotate()
  if (transform.w !== undefined || transform.h !== undefined) image = image.resize(resizeOptions(transform))
  const quality = transform.q ?? 75
  const target = format ?? (file.mimeType === 'image/svg+xml' ? 'png' : null)
  if (target === 'jpg' || target === 'pjpg')
    image = image.flatten({ background: '#ffffff' }).jpeg({ quality, progressive: target === 'pjpg' })
  else if (target === 'png') image = image.png()
  else if (target === 'webp') image = image.webp({ quality })
  else if (target === 'avif') image = image.avif({ quality })
  else if (target === 'gif') image = image.gif()
  const { data, info } = await image.toBuffer({ resolveWithObject: true })
  const type = target ? (MIME[target] ?? file.mimeType) : file.mimeType
  return { data, type, info }
}

/** Answers a request for a dataset asset; `file` is undefined when the name is not one. */
export async function assetResponse(
  file: ServedFile | undefined,
  search: URLSearchParams,
  accept: string,
): Promise<Response> {
  if (!file) return text(404, 'Not found')
  const parsed = parseImageTransform(search)
  if (!parsed.ok) return text(400, `Bad image parameters: ${parsed.message}`)
  const { transform } = parsed
  const format = outputFormat(transform, file, accept)
  // auto=format answers differ by Accept header; fm and plain files do not.
  const vary = transform.auto === 'format' && !transform.fm ? { Vary: 'Accept' } : undefined
  // Files, and SVGs asked for no raster format, go out as they are: a vector fits every width.
  const asIs = file.kind === 'file' || !changesImage(transform) || (file.mimeType === 'image/svg+xml' && !format)
  try {
    if (asIs)
      return new Response(new Uint8Array(await readFile(file.path)), { headers: fileHeaders(file.mimeType, vary) })
    const { data, type } = await transformImage(file, transform, format)
    return new Response(new Uint8Array(data), { headers: fileHeaders(type, vary) })
  } catch (error) {
    // The file was readable at load but cannot be decoded now: the dataset's fault, not the URL's.
    log.warn(`[content] cannot serve dataset asset ${file.path}`, errorSummary(error))
    return text(422, 'This image cannot be processed')
  }
}
