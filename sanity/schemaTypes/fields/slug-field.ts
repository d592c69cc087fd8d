import { defineField } from 'sanity'
import { kebabCaseSlug, slugify, slugMaxLength } from '@/sanity/validation/slug'

/** A required kebab-case slug generated from `source`; Sanity checks uniqueness per type. */
export function slugField(source: 'title' | 'name', group?: string) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group,
    description: 'The last part of the page address. Changing it breaks existing links.',
    options: { source, maxLength: slugMaxLength, slugify },
    validation: (rule) => rule.required().custom(kebabCaseSlug).error(),
  })
}
