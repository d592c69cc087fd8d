import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from 'sanity'
import { metaDescriptionAdvice, metaDescriptionLimit, metaTitleAdvice } from '@/sanity/validation/seo'
import { imageWithAlt } from './fields/image-with-alt'

export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'metaTitle',
      title: 'Meta title',
      type: 'string',
      description: 'Shown in search results and browser tabs. Defaults to the title. Aim for 60 characters or fewer.',
      validation: (rule) => rule.custom(metaTitleAdvice).warning(),
    }),
    defineField({
      name: 'metaDescription',
      title: 'Meta description',
      type: 'text',
      rows: 3,
      description: 'The snippet under the link in search results: 50–160 characters.',
      validation: (rule) => [rule.custom(metaDescriptionLimit).error(), rule.custom(metaDescriptionAdvice).warning()],
    }),
    imageWithAlt({
      name: 'ogImage',
      title: 'Social sharing image',
      description: 'Shown when the page is shared. 1200 × 630 works best.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Adds “noindex”. Use for utility pages only.',
      initialValue: false,
    }),
  ],
})
