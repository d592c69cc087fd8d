import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { defineField, defineType } from 'sanity'
import { reviewDateNotInFuture } from '@/sanity/validation/medical-review'

export const medicalReview = defineType({
  name: 'medicalReview',
  title: 'Medical review',
  type: 'object',
  icon: CheckmarkCircleIcon,
  description: 'A licensed clinician checked this content for accuracy. Shown as “Medically reviewed by …”.',
  fields: [
    defineField({
      name: 'reviewer',
      title: 'Reviewer',
      type: 'reference',
      to: [{ type: 'person' }],
      description: 'A clinician on the team (with credentials on their profile).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      options: { dateFormat: 'MMMM D, YYYY' },
      validation: (rule) =>
        rule
          .required()
          .custom((date) => reviewDateNotInFuture(date))
          .error(),
    }),
  ],
  preview: {
    select: { name: 'reviewer.name', credentials: 'reviewer.credentials', date: 'lastReviewed' },
    prepare: ({ name, credentials, date }: { name?: string; credentials?: string; date?: string }) => ({
      title: name ? [name, credentials].filter(Boolean).join(', ') : 'No reviewer',
      subtitle: date ? `Reviewed ${date}` : 'Not reviewed yet',
      media: CheckmarkCircleIcon,
    }),
  },
})
