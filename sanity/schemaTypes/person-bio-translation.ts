import { TranslateIcon } from '@sanity/icons/Translate'
import { defineField, defineType } from 'sanity'
import { LOCALES } from '@/lib/routes'

/**
 * A person's job title and biography in another language. The person (name, licence, photo,
 * treatments) is one document for every language; only the words about them are translated.
 */
export const personBioTranslation = defineType({
  name: 'personBioTranslation',
  title: 'Biography (translation)',
  type: 'document',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      options: { list: LOCALES.filter((locale) => locale !== 'en') },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'jobTitle', title: 'Job title', type: 'string' }),
    defineField({ name: 'bio', title: 'Biography', type: 'personBio' }),
  ],
  preview: {
    select: { name: 'person.name', language: 'language' },
    prepare: ({ name, language }: { name?: string; language?: string }) => ({
      title: name ?? 'Unlinked biography',
      subtitle: language,
    }),
  },
})
