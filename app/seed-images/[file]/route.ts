/**
 * Serves the embedded dataset's assets (local mode only; Sanity mode uses the image CDN) under
 * the names Sanity's CDN gives them (`<sha1>-<w>x<h>.<ext>`), resized by the same query
 * parameters: see lib/content/asset-response.ts.
 */
import { assetResponse } from '@/lib/content/asset-response'
import { loadDataset } from '@/lib/content/local-dataset'
import { env } from '@/lib/env'

// The query string picks the variant, so nothing here can be prerendered; responses carry
// immutable Cache-Control for the CDN instead.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const dataset = await loadDataset(env.CONTENT_DATASET_DIR)
  // Only names the dataset itself gave out: no way to reach any other file.
  const served = dataset.files.get(file)
  return assetResponse(served, new URL(request.url).searchParams, request.headers.get('accept') ?? '')
}
