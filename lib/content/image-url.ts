/**
 * Image URLs, built by @sanity/image-url in both modes: the Sanity image CDN (resized, format
 * negotiated) in Sanity mode; in local mode the same path and query under the embedded
 * dataset's image route (app/seed-images/[file]), which resizes with sharp as the CDN would.
 * SVGs stay as they are in local mode: one vector fits every width.
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import { env } from '@/lib/env'
import { paths } from '@/lib/routes'
import type { ContentImage } from './schemas'

const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID
const cdn = projectId ? createImageUrlBuilder({ projectId, dataset: env.NEXT_PUBLIC_SANITY_DATASET }) : null
// The base is thrown away below: only the file name (`<sha1>-<w>x<h>.<ext>`) and query are kept.
const local = createImageUrlBuilder({ projectId: 'local', dataset: 'local', baseUrl: 'https://dataset.invalid' })

const isSvg = (image: ContentImage) => image.assetId.endsWith('-svg')

function build(image: ContentImage, width: number | undefined, builder: typeof local): string {
  const url = builder.image(image.assetId).auto('format').fit('max')
  return (width ? url.width(width) : url).url()
}

export function imageUrl(image: ContentImage, width?: number): string {
  if (cdn) return build(image, width, cdn)
  if (isSvg(image)) return image.url
  const built = new URL(build(image, width, local))
  const file = built.pathname.split('/').pop() ?? ''
  return `${paths.seedImage(file)}${built.search}`
}

/** A srcset for responsive images; undefined for local SVGs, where one file fits every width. */
export function imageSrcSet(image: ContentImage, widths: number[]): string | undefined {
  if (!cdn && isSvg(image)) return undefined
  return (
    widths
      .filter((width) => width <= image.width)
      .map((width) => `${imageUrl(image, width)} ${width}w`)
      .join(', ') || undefined
  )
}
