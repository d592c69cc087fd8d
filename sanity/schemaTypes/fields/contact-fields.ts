import { defineArrayMember, defineField } from 'sanity'
import { countryCode, e164Phone, ianaTimeZone, oneEntryPerWeekday } from '@/sanity/validation/site-settings'

/**
 * The contact fields Site settings (the clinic as a whole) and each location share, so both
 * are stored, validated and read (lib/content/schemas.ts) the same way.
 */

export function phoneField(group?: string, description?: string) {
  return defineField({
    name: 'phone',
    title: 'Phone',
    type: 'object',
    group,
    description,
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
  })
}

export function addressField(group?: string) {
  return defineField({
    name: 'address',
    title: 'Address',
    type: 'object',
    group,
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
  })
}

export function geoField(group?: string) {
  return defineField({
    name: 'geo',
    title: 'Map location',
    type: 'object',
    group,
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
  })
}

export function timeZoneField(group?: string, description?: string) {
  return defineField({
    name: 'timeZone',
    title: 'Time zone',
    type: 'string',
    group,
    description: description ?? 'IANA name, e.g. America/Los_Angeles. Opening hours are in this zone.',
    initialValue: 'America/Los_Angeles',
    validation: (rule) => rule.required().custom(ianaTimeZone).error(),
  })
}

export function openingHoursField(group?: string) {
  return defineField({
    name: 'openingHours',
    title: 'Opening hours',
    type: 'array',
    group,
    description: 'One entry per open day; a day without an entry is shown as closed.',
    of: [defineArrayMember({ type: 'openingHours' })],
    validation: (rule) => rule.max(7).custom(oneEntryPerWeekday).error(),
  })
}
