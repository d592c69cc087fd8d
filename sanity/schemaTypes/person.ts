import { LinkIcon } from '@sanity/icons/Link'
import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType, type ConditionalPropertyCallback, type PreviewValue } from 'sanity'
import { languageOptions } from '@/lib/care-team/languages'
import { licenseTypeOptions } from '@/lib/care-team/license'
import { usStateOptions } from '@/lib/care-team/us-states'
import { validateWebUrl } from '@/sanity/validation/link'
import { clinicianHasLicense, npiValid } from '@/sanity/validation/person'
import { imageWithAlt } from './fields/image-with-alt'
import { slugField } from './fields/slug-field'

/** Fields about seeing patients are hidden for staff (intake, front desk): they have none. */
const hiddenForStaff: ConditionalPropertyCallback = ({ document }) => document?.role === 'staff'

/** Authors, clinicians and staff of the care team (/team); a person can also be the medical reviewer of content. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    slugField('name'),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'Clinicians are listed first on the team page and can be filtered by treatment.',
      options: {
        list: [
          { title: 'Clinician', value: 'clinician' },
          { title: 'Staff', value: 'staff' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'clinician',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'jobTitle',
      title: 'Job title',
      type: 'string',
      description: 'e.g. Medical Director, Psychiatric Nurse Practitioner.',
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'Post-nominal letters shown after the name, e.g. “MD” or “LMFT”. Needed for medical reviewers.',
      validation: (rule) => rule.max(40),
    }),
    defineField({
      name: 'license',
      title: 'License',
      type: 'object',
      description:
        'The professional license shown on the profile. For Oregon physicians, nurses, counselors and therapists the page links to the board’s public lookup.',
      hidden: hiddenForStaff,
      options: { collapsible: false },
      validation: (rule) => rule.custom(clinicianHasLicense).warning(),
      fields: [
        defineField({
          name: 'type',
          title: 'Type',
          type: 'string',
          options: { list: licenseTypeOptions() },
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'number',
          title: 'Number',
          type: 'string',
          description: 'As the board shows it, e.g. MD123456.',
          validation: (rule) =>
            rule
              .required()
              .max(30)
              .regex(/^[A-Za-z0-9-]+$/, { name: 'letters, digits and hyphens' }),
        }),
        defineField({
          name: 'state',
          title: 'Issuing state',
          type: 'string',
          options: { list: usStateOptions() },
          validation: (rule) => rule.required(),
        }),
      ],
    }),
    defineField({
      name: 'npi',
      title: 'NPI',
      type: 'string',
      description: 'Optional National Provider Identifier: ten digits, the last one a check digit.',
      hidden: hiddenForStaff,
      validation: (rule) => rule.custom(npiValid),
    }),
    defineField({
      name: 'languages',
      title: 'Languages spoken',
      type: 'array',
      description: 'Languages this person can talk with patients in (without an interpreter).',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: languageOptions() },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'acceptingNewPatients',
      title: 'Accepting new patients',
      type: 'boolean',
      hidden: hiddenForStaff,
      initialValue: true,
    }),
    defineField({
      name: 'telehealthStates',
      title: 'Telehealth states',
      type: 'array',
      description: 'States where this clinician is licensed to see patients by video.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: usStateOptions() },
      hidden: hiddenForStaff,
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'treatments',
      title: 'Treatments provided',
      type: 'array',
      description: 'The treatments this clinician takes part in: the team page can be filtered by them.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'treatment' }] })],
      hidden: hiddenForStaff,
      validation: (rule) => rule.unique(),
    }),
    defineField({ name: 'bio', title: 'Biography', type: 'personBio' }),
    imageWithAlt({ name: 'photo', title: 'Photo' }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      description: 'Professional profiles, e.g. a state license lookup or LinkedIn.',
      of: [
        defineArrayMember({
          name: 'profileLink',
          title: 'Link',
          type: 'object',
          icon: LinkIcon,
          fields: [
            defineField({ name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required() }),
            defineField({
              name: 'url',
              title: 'Address',
              type: 'string',
              validation: (rule) => rule.required().custom(validateWebUrl).error(),
            }),
          ],
          preview: { select: { title: 'label', subtitle: 'url' } },
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', credentials: 'credentials', jobTitle: 'jobTitle', media: 'photo' },
    prepare: ({
      name,
      credentials,
      jobTitle,
      media,
    }: {
      name?: string
      credentials?: string
      jobTitle?: string
      media?: PreviewValue['media']
    }) => ({
      title: name ? [name, credentials].filter(Boolean).join(', ') : 'Unnamed person',
      subtitle: jobTitle,
      media: media ?? UserIcon,
    }),
  },
})
