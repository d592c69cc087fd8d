import { LinkIcon } from '@sanity/icons/Link'
import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity'
import { validateWebUrl } from '@/sanity/validation/link'
import { imageWithAlt } from './fields/image-with-alt'
import { slugField } from './fields/slug-field'

/** Authors and clinicians; a person can also be the medical reviewer of content. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    slugField('name'),
    defineField({
      name: 'jobTitle',
      title: 'Job title',
      type: 'string',
      description: 'e.g. Medical Director, Psychiatric Nurse Practitioner.',
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'Post-nominal letters shown after the name, e.g. “MD” or “LMFT”. Needed for medical reviewers.',
      validation: (rule) => rule.max(40),
    }),
    defineField({ name: 'bio', title: 'Biography', type: 'personBio' }),
    imageWithAlt({ name: 'photo', title: 'Photo' }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      description: 'Professional profiles, e.g. a state license lookup or LinkedIn.',
      of: [
        defineArrayMember({
          name: 'profileLink',
          title: 'Link',
          type: 'object',
          icon: LinkIcon,
          fields: [
            defineField({ name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required() }),
            defineField({
              name: 'url',
              title: 'Address',
              type: 'string',
              validation: (rule) => rule.required().custom(validateWebUrl).error(),
            }),
          ],
          preview: { select: { title: 'label', subtitle: 'url' } },
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', credentials: 'credentials', jobTitle: 'jobTitle', media: 'photo' },
    prepare: ({
      name,
      credentials,
      jobTitle,
      media,
    }: {
      name?: string
      credentials?: string
      jobTitle?: string
      media?: PreviewValue['media']
    }) => ({
      title: name ? [name, credentials].filter(Boolean).join(', ') : 'Unnamed person',
      subtitle: jobTitle,
      media: media ?? UserIcon,
    }),
  },
})
