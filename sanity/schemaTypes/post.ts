import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity'
import { updatedNotBeforePublished } from '@/sanity/validation/dates'
import { bodyField } from './fields/body-field'
import { imageWithAlt } from './fields/image-with-alt'
import { medicalReviewField } from './fields/medical-review-field'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'

/** An article on /blog. Listed once `publishedAt` has passed. */
export const post = defineType({
  name: 'post',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'meta', title: 'Details' },
    { name: 'review', title: 'Medical review' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().max(120),
    }),
    slugField('title', 'content'),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences for article cards and the feed.',
      validation: (rule) => [rule.required().max(300), rule.max(200).warning('Cards read best under 200 characters.')],
    }),
    imageWithAlt({ name: 'mainImage', title: 'Main image', required: true, group: 'content' }),
    bodyField('content'),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'meta',
      description: 'The article is listed from this moment.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Updated',
      type: 'datetime',
      group: 'meta',
      description: 'Set when the content changed meaningfully (not for typo fixes).',
      validation: (rule) => rule.custom(updatedNotBeforePublished).error(),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'person' }],
      group: 'meta',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.unique(),
    }),
    medicalReviewField('review'),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', author: 'author.name', publishedAt: 'publishedAt', media: 'mainImage' },
    prepare: ({
      title,
      author,
      publishedAt,
      media,
    }: {
      title?: string
      author?: string
      publishedAt?: string
      media?: PreviewValue['media']
    }) => ({
      title: title ?? 'Untitled article',
      subtitle: [publishedAt?.slice(0, 10) ?? 'Not scheduled', author].filter(Boolean).join(' · '),
      media: media ?? DocumentTextIcon,
    }),
  },
})
