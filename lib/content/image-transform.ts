/**
 * The Sanity image CDN's resize parameters (`?w=&h=&fit=&fm=&q=&auto=format&dpr=`), as the
 * embedded dataset's image route understands them: the same URLs @sanity/image-url builds for
 * production resize local images too, so local pages get responsive images like production.
 *
 * Bounded so that a URL cannot ask for a 50,000-pixel image: a bad value is a 400 with a
 * message, never a 500. Parameters the builder can add that we do not implement (rect, crop,
 * bg, blur...) are ignored, as the CDN ignores ones it does not know.
 */
import 'server-only'
import { z } from 'zod'

export const MAX_DIMENSION = 4000

/** Sanity's fit modes, mapped to sharp in ./asset-response.ts. */
export const FITS = ['clip', 'crop', 'fill', 'fillmax', 'max', 'min', 'scale'] as const
/** Output formats we encode; Sanity's `pjpg` is a progressive JPEG. */
export const FORMATS = ['jpg', 'pjpg', 'png', 'webp', 'avif', 'gif'] as const

const dimension = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number of pixels')
  .min(1, 'must be at least 1')
  .max(MAX_DIMENSION, `must be at most ${MAX_DIMENSION}`)

const transformSchema = z
  .object({
    w: dimension.optional(),
    h: dimension.optional(),
    fit: z.enum(FITS, { error: `must be one of ${FITS.join(', ')}` }).optional(),
    fm: z.enum(FORMATS, { error: `must be one of ${FORMATS.join(', ')}` }).optional(),
    q: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .optional(),
    auto: z.literal('format', { error: 'only auto=format is supported' }).optional(),
    dpr: z.coerce
      .number({ error: 'must be a number' })
      .min(1, 'must be at least 1')
      .max(3, 'must be at most 3')
      .optional(),
  })
  .transform(({ dpr = 1, ...rest }) => ({
    ...rest,
    // Device pixel ratio multiplies the box; the bound holds after it.
    w: rest.w === undefined ? undefined : Math.min(MAX_DIMENSION, Math.round(rest.w * dpr)),
    h: rest.h === undefined ? undefined : Math.min(MAX_DIMENSION, Math.round(rest.h * dpr)),
  }))

export type ImageTransform = z.infer<typeof transformSchema>

/** Whether the request asks for anything but the original bytes. */
export const changesImage = (transform: ImageTransform) => Object.values(transform).some((value) => value !== undefined)

export function parseImageTransform(
  search: URLSearchParams,
): { ok: true; transform: ImageTransform } | { ok: false; message: string } {
  const known = ['w', 'h', 'fit', 'fm', 'q', 'auto', 'dpr']
  const raw: Record<string, string> = {}
  for (const name of known) {
    const values = search.getAll(name)
    if (values.length > 1) return { ok: false, message: `${name}: give it once` }
    if (values[0] !== undefined) raw[name] = values[0]
  }
  const parsed = transformSchema.safeParse(raw)
  if (parsed.success) return { ok: true, transform: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, message: `${issue?.path.join('.') || 'parameters'}: ${issue?.message ?? 'invalid'}` }
}
