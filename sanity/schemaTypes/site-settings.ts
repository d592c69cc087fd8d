import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DEFAULT_CRISIS_NOTICE } from '@/lib/crisis-lines'
import { crisisNoticeNamesHotlines } from '@/sanity/validation/site-settings'
import { addressField, geoField, openingHoursField, phoneField, timeZoneField } from './fields/contact-fields'

/** The singleton (_id "siteSettings") every page reads: contact details, hours, notices, booking rules. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'general', title: 'General', default: true },
    { name: 'contact', title: 'Contact and location' },
    { name: 'hours', title: 'Hours and booking' },
    { name: 'notices', title: 'Safety notices' },
    { name: 'search', title: 'Site search' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'clinicName',
      title: 'Clinic name',
      type: 'string',
      group: 'general',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tagline',
      title: 'Tagline',
      type: 'string',
      group: 'general',
      validation: (rule) => rule.required().max(120),
    }),
    phoneField('contact'),
    defineField({
      name: 'email',
      title: 'E-mail',
      type: 'string',
      group: 'contact',
      description: 'General enquiries only: ask patients not to send health details by e-mail.',
      validation: (rule) => rule.required().email(),
    }),
    addressField('contact'),
    geoField('contact'),
    timeZoneField('hours', 'IANA name, e.g. America/Los_Angeles. Opening hours and consultation slots use it.'),
    openingHoursField('hours'),
    defineField({
      name: 'consultation',
      title: 'Consultation booking',
      type: 'object',
      group: 'hours',
      description: 'Rules for the free phone consultation calendar.',
      options: { columns: 2 },
      fields: [
        defineField({
          name: 'slotMinutes',
          title: 'Call length (minutes)',
          type: 'number',
          initialValue: 15,
          validation: (rule) => rule.required().integer().min(5).max(120),
        }),
        defineField({
          name: 'bufferMinutes',
          title: 'Gap between calls (minutes)',
          type: 'number',
          initialValue: 5,
          validation: (rule) => rule.required().integer().min(0).max(120),
        }),
        defineField({
          name: 'leadTimeHours',
          title: 'Earliest booking (hours ahead)',
          type: 'number',
          initialValue: 24,
          validation: (rule) =>
            rule
              .required()
              .min(0)
              .max(24 * 14),
        }),
        defineField({
          name: 'horizonDays',
          title: 'Bookable days ahead',
          type: 'number',
          initialValue: 14,
          validation: (rule) => rule.required().integer().min(1).max(90),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'crisisNotice',
      title: 'Crisis notice',
      type: 'text',
      rows: 2,
      group: 'notices',
      description: 'Shown on every page. Must name 988 and 911.',
      initialValue: DEFAULT_CRISIS_NOTICE,
      validation: (rule) => rule.required().custom(crisisNoticeNamesHotlines).error(),
    }),
    defineField({
      name: 'medicalDisclaimer',
      title: 'Medical disclaimer',
      type: 'text',
      rows: 3,
      group: 'notices',
      description: 'Shown in the footer of health content.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'searchSynonyms',
      title: 'Search synonyms',
      type: 'array',
      group: 'search',
      description:
        'Words patients use for the same thing. A search for any word in a group also finds the others, e.g. Spravato, esketamine.',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'synonymGroup',
          title: 'Synonym group',
          fields: [
            defineField({
              name: 'terms',
              title: 'Words or phrases',
              type: 'array',
              of: [defineArrayMember({ type: 'string', validation: (rule) => rule.required().max(60) })],
              options: { layout: 'tags' },
              validation: (rule) => rule.required().min(2).max(8),
            }),
          ],
          preview: {
            select: { terms: 'terms' },
            prepare: ({ terms }: { terms?: string[] }) => ({ title: (terms ?? []).join(' = ') || 'Empty group' }),
          },
        }),
      ],
    }),
    defineField({
      name: 'crisisPhrases',
      title: 'Crisis phrases',
      type: 'array',
      group: 'search',
      description:
        'A search containing any of these words or phrases shows the 988 and 911 notice above the results. Plain words patients might type; keep the list broad.',
      of: [defineArrayMember({ type: 'string', validation: (rule) => rule.required().max(60) })],
      options: { layout: 'tags' },
    }),
    defineField({ name: 'seo', title: 'Default search and sharing', type: 'seo', group: 'seo' }),
  ],
  preview: {
    select: { title: 'clinicName' },
    prepare: ({ title }: { title?: string }) => ({ title: 'Site settings', subtitle: title, media: CogIcon }),
  },
})
