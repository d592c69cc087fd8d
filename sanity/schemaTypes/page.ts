import { DocumentIcon } from '@sanity/icons/Document'
import { defineField, defineType } from 'sanity'
import { isLocale, paths } from '@/lib/routes'
import { bodyField } from './fields/body-field'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'
import { distinctLanguageTags } from '@/sanity/validation/language-tag'

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
    defineField({
      name: 'taglines',
      title: 'Language taglines',
      type: 'array',
      group: 'content',
      description:
        'Only on the language-assistance page: one short notice per language, shown after the body, each marked with its language.',
      of: [{ type: 'languageTagline' }],
      validation: (rule) => rule.custom(distinctLanguageTags),
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'slug.current', language: 'language' },
    prepare: ({ title, subtitle, language }: { title?: string; subtitle?: string; language?: string }) => ({
      title: title ?? 'Untitled page',
      subtitle: subtitle ? paths.page(subtitle, isLocale(language) ? language : undefined) : 'No slug yet',
      media: DocumentIcon,
    }),
  },
})
