import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DEFAULT_CRISIS_NOTICE } from '@/lib/crisis-lines'
import {
  countryCode,
  crisisNoticeNamesHotlines,
  e164Phone,
  ianaTimeZone,
  oneEntryPerWeekday,
} from '@/sanity/validation/site-settings'

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
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'object',
      group: 'contact',
      options: { columns: 2 },
      fields: [
        defineField({
          name: 'e164',
          title: 'Number for dialling',
          type: 'string',
          description: 'International format, e.g. +15035550123. Used for tap-to-call links.',
          validation: (rule) => rule.required().custom(e164Phone).error(),
        }),
        defineField({
          name: 'display',
          title: 'Number as shown',
          type: 'string',
          description: 'e.g. (503) 555-0123.',
          validation: (rule) => rule.required(),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'email',
      title: 'E-mail',
      type: 'string',
      group: 'contact',
      description: 'General enquiries only: ask patients not to send health details by e-mail.',
      validation: (rule) => rule.required().email(),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'object',
      group: 'contact',
      fields: [
        defineField({ name: 'street', title: 'Street', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'city', title: 'City', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'region', title: 'State / region', type: 'string', validation: (rule) => rule.required() }),
        defineField({
          name: 'postalCode',
          title: 'Postal code',
          type: 'string',
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'country',
          title: 'Country',
          type: 'string',
          description: 'Two-letter code, e.g. US.',
          initialValue: 'US',
          validation: (rule) => rule.required().custom(countryCode).error(),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'geo',
      title: 'Map location',
      type: 'object',
      group: 'contact',
      description: 'Latitude and longitude of the entrance, for maps and search engines.',
      options: { columns: 2 },
      fields: [
        defineField({
          name: 'lat',
          title: 'Latitude',
          type: 'number',
          validation: (rule) => rule.required().min(-90).max(90),
        }),
        defineField({
          name: 'lng',
          title: 'Longitude',
          type: 'number',
          validation: (rule) => rule.required().min(-180).max(180),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      group: 'hours',
      description: 'IANA name, e.g. America/Los_Angeles. Opening hours and consultation slots use it.',
      validation: (rule) => rule.required().custom(ianaTimeZone).error(),
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      group: 'hours',
      description: 'One entry per open day; a day without an entry is shown as closed.',
      of: [defineArrayMember({ type: 'openingHours' })],
      validation: (rule) => rule.max(7).custom(oneEntryPerWeekday).error(),
    }),
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
