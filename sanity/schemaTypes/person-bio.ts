import { defineArrayMember, defineType } from 'sanity'
import { bioBlockShape } from '@/sanity/validation/block-content'
import { linkAnnotation } from './block-content'

/** A short biography: plain paragraphs with emphasis and links, nothing that breaks a profile card. */
export const personBio = defineType({
  name: 'personBio',
  title: 'Biography',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Normal', value: 'normal' }],
      lists: [],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [linkAnnotation],
      },
    }),
  ],
  validation: (rule) => rule.custom(bioBlockShape).error(),
})
