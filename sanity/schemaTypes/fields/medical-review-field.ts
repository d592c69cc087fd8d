import { defineField } from 'sanity'
import { medicalReviewComplete } from '@/sanity/validation/medical-review'

/** Required on every piece of health content (treatments and articles). */
export function medicalReviewField(group?: string) {
  return defineField({
    name: 'medicalReview',
    title: 'Medical review',
    type: 'medicalReview',
    group,
    validation: (rule) => rule.custom(medicalReviewComplete).error(),
  })
}
