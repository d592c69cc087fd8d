import { isBlank, isRecord, type RuleContext, type RuleResult } from './types'

/**
 * An uploaded image references its asset; in export NDJSON (the seed dataset) it carries
 * `_sanityAsset: "image@file://..."` until `sanity dataset import` uploads it.
 */
function hasAsset(image: unknown): boolean {
  if (!isRecord(image)) return false
  if (isRecord(image.asset) && typeof image.asset._ref === 'string' && image.asset._ref !== '') return true
  return typeof image._sanityAsset === 'string' && image._sanityAsset.startsWith('image@')
}

/**
 * On an image's `alt` field: once an image is chosen it must be described. Screen-reader
 * users are part of the audience; the site renders no image without alt text.
 */
export function altTextRequired(alt: unknown, context: RuleContext): RuleResult {
  if (!hasAsset(context.parent)) return true
  return isBlank(alt) ? 'Describe the image for people who cannot see it (alt text is required).' : true
}

/** Warns about alt text that says nothing: file names or "image of ...". */
export function altTextAdvice(alt: unknown): RuleResult {
  if (typeof alt !== 'string' || alt.trim() === '') return true
  const text = alt.trim()
  if (/\.(jpe?g|png|webp|gif|avif|svg)$/i.test(text) || /^(img|dsc|image)[-_ ]?\d+/i.test(text)) {
    return 'This looks like a file name. Describe what the image shows instead.'
  }
  if (/^(an? )?(image|picture|photo) of\b/i.test(text)) {
    return 'Screen readers already announce "image": start with what it shows.'
  }
  return true
}

/** On a required image field: an object holding only alt text, with no picture, is not an image. */
export function imageAssetRequired(image: unknown): RuleResult {
  return hasAsset(image) ? true : 'Choose an image.'
}
