import { HeartIcon } from '@sanity/icons/Heart'
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity'
import { bodyField } from './fields/body-field'
import { imageWithAlt } from './fields/image-with-alt'
import { medicalReviewField } from './fields/medical-review-field'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'

const stringList = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    type: 'array',
    group: 'details',
    description,
    of: [defineArrayMember({ type: 'string', validation: (rule) => rule.required() })],
    validation: (rule) => rule.required().min(1),
  })

/** A treatment the clinic offers, e.g. ketamine IV therapy or KAP (/treatments/[slug]). */
export const treatment = defineType({
  name: 'treatment',
  title: 'Treatment',
  type: 'document',
  icon: HeartIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'details', title: 'Details' },
    { name: 'faq', title: 'FAQ' },
    { name: 'review', title: 'Medical review' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    languageField(),
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().max(80),
    }),
    slugField('name', 'content'),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      group: 'content',
      description: 'Lower numbers are listed first.',
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two plain sentences for cards and the page lead.',
      validation: (rule) => [rule.required().max(300), rule.max(200).warning('Cards read best under 200 characters.')],
    }),
    imageWithAlt({ name: 'heroImage', title: 'Hero image', required: true, group: 'content' }),
    bodyField('content'),
    defineField({
      name: 'administration',
      title: 'How it is given',
      type: 'string',
      group: 'details',
      description: 'e.g. “Intravenous infusion in the clinic, monitored throughout”.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'purpose',
      title: 'What it is for',
      type: 'text',
      rows: 3,
      group: 'details',
      description: 'Conditions it is used for; say when use is off-label.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'experience',
      title: 'What a session feels like',
      type: 'text',
      rows: 4,
      group: 'details',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'sessionLength',
      title: 'Session length',
      type: 'string',
      group: 'details',
      description: 'e.g. “About 40 minutes, plus 30 minutes of rest”.',
      validation: (rule) => rule.required(),
    }),
    stringList('benefits', 'Possible benefits', 'Modest, evidence-based statements; one per line.'),
    stringList('limitations', 'Limitations and risks', 'Side effects, who should not have it, what it cannot do.'),
    defineField({
      name: 'suitedFor',
      title: 'Who it may suit',
      type: 'text',
      rows: 3,
      group: 'details',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'faqs',
      title: 'Questions and answers',
      type: 'array',
      group: 'faq',
      of: [defineArrayMember({ type: 'faq' })],
    }),
    medicalReviewField('review'),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    {
      title: 'Display order',
      name: 'orderAsc',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'name', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'name', subtitle: 'sessionLength', media: 'heroImage' },
    prepare: ({ title, subtitle, media }: { title?: string; subtitle?: string; media?: PreviewValue['media'] }) => ({
      title: title ?? 'Untitled treatment',
      subtitle,
      media: media ?? HeartIcon,
    }),
  },
})
