import { DocumentIcon } from '@sanity/icons/Document'
import { defineField, defineType } from 'sanity'
import { paths } from '@/lib/routes'
import { bodyField } from './fields/body-field'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'

/** Standalone pages such as /privacy and /style-guide. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    slugField('title', 'content'),
    defineField({ name: 'intro', title: 'Introduction', type: 'text', rows: 3, group: 'content' }),
    bodyField('content'),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'slug.current' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title ?? 'Untitled page',
      subtitle: subtitle ? paths.page(subtitle) : 'No slug yet',
      media: DocumentIcon,
    }),
  },
})
