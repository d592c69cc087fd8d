import { ClockIcon } from '@sanity/icons/Clock'
import { defineField, defineType } from 'sanity'
import { clockTime, opensBeforeCloses, weekdayNames } from '@/sanity/validation/site-settings'

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const openingHours = defineType({
  name: 'openingHours',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'day',
      title: 'Day',
      type: 'string',
      options: { list: weekdayNames.map((d) => ({ title: capitalize(d), value: d })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour HH:MM, clinic time zone.',
      initialValue: '09:00',
      validation: (rule) => rule.required().custom(clockTime).error(),
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour HH:MM, clinic time zone.',
      initialValue: '17:00',
      validation: (rule) => rule.required().custom(clockTime).error(),
    }),
  ],
  validation: (rule) => rule.custom(opensBeforeCloses).error(),
  preview: {
    select: { day: 'day', opens: 'opens', closes: 'closes' },
    prepare: ({ day, opens, closes }: { day?: string; opens?: string; closes?: string }) => ({
      title: day ? capitalize(day) : 'Day not set',
      subtitle: `${opens ?? '??:??'}–${closes ?? '??:??'}`,
      media: ClockIcon,
    }),
  },
})
