import { imageSrcSet, imageUrl } from '@/lib/content/image-url'
import type { ContentImage } from '@/lib/content/schemas'

/** Widths offered to the browser (Sanity mode); wider than the source is never requested. */
const WIDTHS = [320, 480, 640, 800, 1024, 1280, 1600, 2048]
/** Fallback src width: enough for the reading column on a 2x screen. */
const DEFAULT_WIDTH = 1600

type SanityImageProps = {
  image: ContentImage
  /** The rendered width, for srcset selection. Defaults to the reading column. */
  sizes?: string
  /** Above the fold (the article's main image): load eagerly and early for LCP. */
  priority?: boolean
  className?: string
}

/**
 * A plain <img>: the CMS gives us size and alt, Sanity's CDN does the resizing, so next/image's
 * optimizer would only add a second copy. Width/height reserve space and prevent layout shift.
 */
export function SanityImage({
  image,
  sizes = '(min-width: 48rem) 44rem, 100vw',
  priority = false,
  className,
}: SanityImageProps) {
  const widths = WIDTHS.filter((w) => w <= image.width)
  const srcSet = imageSrcSet(image, widths.length > 0 ? widths : [image.width])
  return (
    // The CDN (or the seed-image route) already serves sized copies; see the note above.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={imageUrl(image, Math.min(image.width, DEFAULT_WIDTH))}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
      style={{ height: 'auto', maxWidth: '100%' }}
    />
  )
}
