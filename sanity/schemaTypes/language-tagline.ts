import { TranslateIcon } from '@sanity/icons/Translate'
import { defineField, defineType } from 'sanity'
import { languageTag, PHONE_PLACEHOLDER, taglineHasPhone } from '@/sanity/validation/language-tag'

/**
 * A short notice in one language that free language help is available (Section 1557's
 * "tagline"). The page sets `lang` (and `dir`) from these fields, so screen readers pronounce
 * each line in its own language and right-to-left scripts read the right way.
 */
export const languageTagline = defineType({
  name: 'languageTagline',
  title: 'Language tagline',
  type: 'object',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'languageName',
      title: 'Language (in English)',
      type: 'string',
      description: 'For editors and the page’s label, e.g. "Vietnamese".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'languageTag',
      title: 'Language tag',
      type: 'string',
      description: 'BCP 47 tag the page puts in the `lang` attribute: "vi", "zh-Hant", "fa", "km".',
      validation: (rule) => rule.required().custom(languageTag),
    }),
    defineField({
      name: 'text',
      title: 'Tagline',
      type: 'text',
      rows: 3,
      description: `In the language and its own script. Write ${PHONE_PLACEHOLDER} where the phone number goes.`,
      validation: (rule) => rule.required().custom(taglineHasPhone),
    }),
    defineField({
      name: 'direction',
      title: 'Text direction',
      type: 'string',
      options: {
        list: [
          { title: 'Left to right', value: 'ltr' },
          { title: 'Right to left (Arabic, Persian…)', value: 'rtl' },
        ],
        layout: 'radio',
      },
      initialValue: 'ltr',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'languageName', subtitle: 'text' },
  },
})
