import { BillIcon } from '@sanity/icons/Bill'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { formatPrice, isPriceUnit, PRICE_UNIT_LABELS, PRICE_UNITS } from '@/lib/prices'
import { bodyBlockShape } from '@/sanity/validation/block-content'
import { priceRangeInOrder } from '@/sanity/validation/price-list'

const richText = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    type: 'blockContent',
    group: 'notes',
    description,
    validation: (rule) => rule.required().custom(bodyBlockShape).error(),
  })

const priceItem = defineArrayMember({
  name: 'priceItem',
  title: 'Price',
  type: 'object',
  fields: [
    defineField({
      name: 'service',
      title: 'Service',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'treatment',
      title: 'Treatment page',
      type: 'reference',
      to: [{ type: 'treatment' }],
      description: 'Optional: links the service name to its treatment page.',
    }),
    defineField({
      name: 'priceFrom',
      title: 'Price (USD)',
      type: 'number',
      description: 'Whole dollars. For a range, the lowest price.',
      validation: (rule) => rule.required().integer().min(0),
    }),
    defineField({
      name: 'priceTo',
      title: 'Up to (USD)',
      type: 'number',
      description: 'Only for a range: the highest price. Leave empty for a single price.',
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'unit',
      title: 'Counted',
      type: 'string',
      options: { list: PRICE_UNITS.map((value) => ({ value, title: PRICE_UNIT_LABELS[value] })), layout: 'radio' },
      initialValue: 'session',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'includes',
      title: 'What it includes',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.required().max(300),
    }),
  ],
  validation: (rule) => rule.custom(priceRangeInOrder).error(),
  preview: {
    select: { title: 'service', from: 'priceFrom', to: 'priceTo', unit: 'unit' },
    prepare: ({ title, from, to, unit }: { title?: string; from?: number; to?: number; unit?: string }) => ({
      title: title ?? 'Service not set',
      subtitle: [
        from === undefined ? 'No price' : formatPrice(from, to),
        isPriceUnit(unit) ? PRICE_UNIT_LABELS[unit].toLowerCase() : '',
      ]
        .filter(Boolean)
        .join(' '),
      media: BillIcon,
    }),
  },
})

/**
 * The singleton (_id "priceList") behind /costs: the self-pay price table, payment notes and the
 * No Surprises Act notice. One document, so the prices and the date they were valid travel together.
 */
export const priceList = defineType({
  name: 'priceList',
  title: 'Costs and insurance',
  type: 'document',
  icon: BillIcon,
  groups: [
    { name: 'prices', title: 'Prices', default: true },
    { name: 'notes', title: 'Insurance and notices' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Page title',
      type: 'string',
      group: 'prices',
      initialValue: 'Costs and insurance',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({ name: 'intro', title: 'Introduction', type: 'text', rows: 3, group: 'prices' }),
    defineField({
      name: 'pricesAsOf',
      title: 'Prices as of',
      type: 'date',
      group: 'prices',
      description: 'Shown with the table. Update it whenever a price changes.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'prices',
      title: 'Prices',
      type: 'array',
      group: 'prices',
      description:
        'Self-pay prices, one row per service. The seed values are examples for the demo site: replace them with your real prices.',
      of: [priceItem],
      validation: (rule) => rule.required().min(1),
    }),
    richText('paymentNotes', 'Insurance and payment', 'Insurance, superbills, HSA/FSA cards, payment plans.'),
    richText(
      'goodFaithEstimate',
      'Good Faith Estimate notice',
      'The No Surprises Act notice for uninsured and self-pay patients: the right to an estimate, how to ask, how to dispute a bill.',
    ),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  preview: {
    select: { title: 'title', asOf: 'pricesAsOf' },
    prepare: ({ title, asOf }: { title?: string; asOf?: string }) => ({
      title: title ?? 'Costs and insurance',
      subtitle: asOf ? `Prices as of ${asOf}` : 'No date set',
      media: BillIcon,
    }),
  },
})
