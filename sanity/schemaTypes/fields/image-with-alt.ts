import { defineArrayMember, defineField } from 'sanity'
import { altTextAdvice, altTextRequired, imageAssetRequired } from '@/sanity/validation/image'

interface ImageOptions {
  name: string
  title?: string
  description?: string
  /** An image must be chosen (not only alt text). */
  required?: boolean
  /** Adds an optional visible caption. */
  caption?: boolean
  group?: string
}

/**
 * Alt and caption live on the image itself, so the stored value keeps `_type: 'image'`
 * ({_type, asset, alt, caption?}) in fields and in Portable Text alike.
 */
function imageSubfields(caption: boolean) {
  const alt = defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: 'What the image shows, for people using screen readers. Required.',
    validation: (rule) => [rule.custom(altTextRequired).error(), rule.custom(altTextAdvice).warning()],
  })
  if (!caption) return [alt]
  return [
    alt,
    defineField({ name: 'caption', title: 'Caption', type: 'string', description: 'Shown under the image. Optional.' }),
  ]
}

export function imageWithAlt({ name, title, description, required = false, caption = false, group }: ImageOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'image',
    options: { hotspot: true },
    fields: imageSubfields(caption),
    validation: (rule) => (required ? rule.custom(imageAssetRequired).error() : rule),
  })
}

/** The image member of a Portable Text array: alt required, caption optional. */
export function imageMember() {
  return defineArrayMember({
    type: 'image',
    title: 'Image',
    options: { hotspot: true },
    fields: imageSubfields(true),
  })
}
