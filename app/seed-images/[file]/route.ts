/** Serves the embedded dataset's images (local mode only; Sanity mode uses the image CDN). */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/lib/env'

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' }
const imagesDir = () => path.join(env.CONTENT_DATASET_DIR, 'images')

export async function generateStaticParams(): Promise<{ file: string }[]> {
  const files = await readdir(imagesDir()).catch(() => [])
  return files.filter((file) => path.extname(file) in TYPES).map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const type = TYPES[path.extname(file)]
  // Only plain file names of known types: no way to walk out of the images folder.
  if (!type || path.basename(file) !== file) return new Response('Not found', { status: 404 })
  try {
    const bytes = await readFile(path.join(imagesDir(), file))
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': type,
        'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
        // SVGs are documents: never let one run script if opened directly.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
