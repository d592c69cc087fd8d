import { ThListIcon } from '@sanity/icons/ThList'
import { defineField, defineType } from 'sanity'

export const comparisonTableEmbed = defineType({
  name: 'comparisonTableEmbed',
  title: 'Comparison table',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'table',
      title: 'Table',
      type: 'reference',
      to: [{ type: 'comparisonTable' }],
      description: 'Edit the table itself under “Comparison tables”; every page embedding it updates.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'table.title', subtitle: 'table.caption' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title ?? 'Comparison table (none chosen)',
      subtitle: subtitle ?? 'Comparison table',
      media: ThListIcon,
    }),
  },
})
