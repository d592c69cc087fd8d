import { PinIcon } from '@sanity/icons/Pin'
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity'
import { paths } from '@/lib/routes'
import { addressField, geoField, openingHoursField, phoneField, timeZoneField } from './fields/contact-fields'
import { imageWithAlt } from './fields/image-with-alt'
import { slugField } from './fields/slug-field'

const note = (name: string, title: string, description: string, required = false) =>
  defineField({
    name,
    title,
    type: 'text',
    rows: 3,
    group: 'visit',
    description,
    validation: (rule) => (required ? rule.required().max(600) : rule.max(600)),
  })

/**
 * A place where treatment happens (/locations/[slug]). Phone consultations stay clinic-wide
 * (Site settings); a location has its own front-desk number, hours and how-to-get-there notes.
 */
export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  icon: PinIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'contact', title: 'Address and contact' },
    { name: 'visit', title: 'Getting there' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      group: 'content',
      description: 'How patients tell the sites apart, e.g. "Portland – Division Street".',
      validation: (rule) => rule.required().max(80),
    }),
    slugField('name', 'content'),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      group: 'content',
      description: 'Lower numbers are listed first (the main clinic first).',
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      group: 'content',
      description: 'One or two plain sentences for the locations list and the page lead.',
      validation: (rule) => rule.required().max(240),
    }),
    imageWithAlt({ name: 'photo', title: 'Photo', required: true, group: 'content' }),
    defineField({
      name: 'services',
      title: 'Treatments offered here',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'treatment' }] })],
      validation: (rule) => rule.unique(),
    }),
    addressField('contact'),
    geoField('contact'),
    phoneField('contact', 'The front desk at this site. Free phone consultations use the clinic-wide number.'),
    timeZoneField('contact'),
    openingHoursField('contact'),
    note('directions', 'Directions', 'How to find the entrance once you are on the street: floor, suite, signs.', true),
    note('parking', 'Parking', 'Where to park, what it costs, accessible spaces.'),
    note('transit', 'Public transit', 'Nearest bus, MAX or streetcar stops and walking time.'),
    note(
      'stepFreeAccess',
      'Step-free access',
      'Entrances, lifts, doors, restrooms: what someone using a wheelchair or walker should know.',
      true,
    ),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', city: 'address.city', slug: 'slug.current', media: 'photo' },
    prepare: ({
      title,
      city,
      slug,
      media,
    }: {
      title?: string
      city?: string
      slug?: string
      media?: PreviewValue['media']
    }) => ({
      title: title ?? 'Unnamed location',
      subtitle: [city, slug ? paths.location(slug) : 'No slug yet'].filter(Boolean).join(' · '),
      media,
    }),
  },
})
