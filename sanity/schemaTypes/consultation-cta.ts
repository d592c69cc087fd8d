import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'

/** A call to book the free phone consultation; empty fields fall back to the site's wording. */
export const consultationCta = defineType({
  name: 'consultationCta',
  title: 'Consultation call to action',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'Optional. Default: “Talk with our care team”.',
      validation: (rule) => rule.max(80),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'Optional. Keep it calm and specific; no pressure or urgency.',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'buttonLabel',
      title: 'Button label',
      type: 'string',
      description: 'Optional. Default: “Book a free 15-minute call”.',
      validation: (rule) => rule.max(40),
    }),
  ],
  preview: {
    select: { title: 'heading', subtitle: 'text' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title ?? 'Consultation call to action',
      subtitle: subtitle ?? 'Free 15-minute phone consultation',
      media: CalendarIcon,
    }),
  },
})
