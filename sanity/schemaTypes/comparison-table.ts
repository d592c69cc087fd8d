import { ThListIcon } from '@sanity/icons/ThList'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { cellsMatchColumns, cellsNotBlank } from '@/sanity/validation/comparison-table'
import { slugField } from './fields/slug-field'
import { languageField } from './fields/language-field'

/** A side-by-side comparison of treatments (/compare/[slug]), also embeddable in rich text. */
export const comparisonTable = defineType({
  name: 'comparisonTable',
  title: 'Comparison table',
  type: 'document',
  icon: ThListIcon,
  fields: [
    languageField(),
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    slugField('title'),
    defineField({ name: 'intro', title: 'Introduction', type: 'text', rows: 3 }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Names the table for screen readers, e.g. “IV ketamine and KAP compared”.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'columns',
      title: 'Columns',
      type: 'array',
      description: 'The treatments compared, left to right.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'treatment' }] })],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'rows',
      title: 'Rows',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'comparisonRow',
          title: 'Row',
          type: 'object',
          fields: [
            defineField({
              name: 'criterion',
              title: 'Criterion',
              type: 'string',
              description: 'e.g. “How it is given”, “Typical course”.',
              validation: (rule) => rule.required(),
            }),
            defineField({
              name: 'cells',
              title: 'Cells',
              type: 'array',
              description: 'One per column, in the same order as the columns.',
              of: [defineArrayMember({ type: 'string' })],
              validation: (rule) => rule.custom(cellsMatchColumns).custom(cellsNotBlank).error(),
            }),
          ],
          preview: {
            select: { title: 'criterion', cells: 'cells' },
            prepare: ({ title, cells }: { title?: string; cells?: string[] }) => ({
              title: title ?? 'Untitled row',
              subtitle: Array.isArray(cells) ? cells.join(' | ') : '',
            }),
          },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'footnote',
      title: 'Footnote',
      type: 'text',
      rows: 2,
      description: 'Sources or caveats shown under the table.',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'caption' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title ?? 'Untitled comparison',
      subtitle,
      media: ThListIcon,
    }),
  },
})
