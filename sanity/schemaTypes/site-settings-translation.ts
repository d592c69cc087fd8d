import { TranslateIcon } from '@sanity/icons/Translate'
import { defineField, defineType } from 'sanity'
import { LOCALES } from '@/lib/routes'
import { crisisNoticeNamesHotlines } from '@/sanity/validation/site-settings'

/**
 * Site settings' texts in another language: the clinic's facts (phone, address, hours) stay in
 * Site settings, one set for every language; empty fields here fall back to the English.
 */
export const siteSettingsTranslation = defineType({
  name: 'siteSettingsTranslation',
  title: 'Site settings (translated texts)',
  type: 'document',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      options: { list: LOCALES.filter((locale) => locale !== 'en') },
      // The Studio opens this as the fixed document siteSettings-es (sanity/structure.ts).
      initialValue: 'es',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string', validation: (rule) => rule.max(120) }),
    defineField({
      name: 'crisisNotice',
      title: 'Crisis notice',
      type: 'text',
      rows: 3,
      description:
        'Must name 988 and 911. In Spanish, say how to reach the Spanish line (call 988 and press 2, or text AYUDA to 988).',
      validation: (rule) => rule.custom(crisisNoticeNamesHotlines),
    }),
    defineField({ name: 'medicalDisclaimer', title: 'Medical disclaimer', type: 'text', rows: 4 }),
    defineField({ name: 'seo', title: 'Default search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { language: 'language' },
    prepare: ({ language }: { language?: string }) => ({ title: `Site settings texts (${language ?? '?'})` }),
  },
})
