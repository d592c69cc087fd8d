import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'
import { paths } from '@/lib/routes'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    languageField(),
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required().max(60) }),
    slugField('title'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Introduces the category page and its search snippet.',
      validation: (rule) => rule.max(300),
    }),
  ],
  orderings: [{ title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', subtitle: 'slug.current' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title ?? 'Untitled category',
      subtitle: subtitle ? paths.category(subtitle) : 'No slug yet',
      media: TagIcon,
    }),
  },
})
