/**
 * Image URLs: the Sanity image CDN (resized, format negotiated) in Sanity mode; the seed
 * file as-is in local mode, where images are SVG and need no resizing.
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import { env } from '@/lib/env'
import type { ContentImage } from './schemas'

const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID
const builder = projectId ? createImageUrlBuilder({ projectId, dataset: env.NEXT_PUBLIC_SANITY_DATASET }) : null

export function imageUrl(image: ContentImage, width?: number): string {
  if (!builder) return image.url
  const url = builder.image(image.assetId).auto('format').fit('max')
  return (width ? url.width(width) : url).url()
}

/** A srcset for responsive images; undefined in local mode where one SVG fits every width. */
export function imageSrcSet(image: ContentImage, widths: number[]): string | undefined {
  if (!builder) return undefined
  return (
    widths
      .filter((width) => width <= image.width)
      .map((width) => `${imageUrl(image, width)} ${width}w`)
      .join(', ') || undefined
  )
}
