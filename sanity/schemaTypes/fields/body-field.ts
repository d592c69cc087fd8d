import { defineField } from 'sanity'
import { bodyBlockShape } from '@/sanity/validation/block-content'

/**
 * A required rich-text body. A field's own `validation` replaces the one on its type, so the
 * style check from blockContent is repeated here rather than lost.
 */
export function bodyField(group?: string) {
  return defineField({
    name: 'body',
    title: 'Body',
    type: 'blockContent',
    group,
    validation: (rule) => rule.required().custom(bodyBlockShape).error(),
  })
}
