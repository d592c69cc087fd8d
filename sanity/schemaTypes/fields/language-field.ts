import { defineField } from 'sanity'
import { LOCALES } from '@/lib/routes'

/**
 * The document's language, set by the document-internationalization plugin when an editor
 * creates a translation (and shown, not edited, afterwards). Documents without it are English.
 */
export const languageField = () =>
  defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    readOnly: true,
    hidden: ({ document }) => !document?.language,
    options: { list: [...LOCALES] },
  })
