import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { LinkIcon } from '@sanity/icons/Link'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { bodyBlockShape, bodyLists, bodyStyles } from '@/sanity/validation/block-content'
import { validateHref } from '@/sanity/validation/link'
import { SubDecorator, SubIcon, SupDecorator, SupIcon } from './components/sup-sub'
import { imageMember } from './fields/image-with-alt'

/** External link annotation; shared with personBio. */
export const linkAnnotation = defineArrayMember({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'string',
      description: 'https://…, mailto:… or tel:… For pages on this site use “Internal link”.',
      validation: (rule) =>
        rule
          .required()
          .custom((href) => validateHref(href))
          .error(),
    }),
    defineField({
      name: 'openInNewTab',
      title: 'Open in a new tab',
      type: 'boolean',
      description: 'Only when leaving the page would lose the reader’s place.',
      initialValue: false,
    }),
  ],
})

const internalLinkAnnotation = defineArrayMember({
  name: 'internalLink',
  title: 'Internal link',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Links to',
      type: 'reference',
      to: [{ type: 'post' }, { type: 'treatment' }],
      validation: (rule) => rule.required(),
    }),
  ],
})

const styleLabels: Record<(typeof bodyStyles)[number], { title: string; icon?: typeof BlockquoteIcon }> = {
  normal: { title: 'Normal' },
  h2: { title: 'Heading 2' },
  h3: { title: 'Heading 3' },
  h4: { title: 'Heading 4' },
  h5: { title: 'Heading 5' },
  h6: { title: 'Heading 6' },
  blockquote: { title: 'Quote', icon: BlockquoteIcon },
}

const listLabels: Record<(typeof bodyLists)[number], string> = { bullet: 'Bulleted list', number: 'Numbered list' }

/**
 * Rich text for treatments, articles and pages. No h1: the page title is the only one.
 * Member names match the renderers in components/content/portable-text.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: bodyStyles.map((value) => ({ value, ...styleLabels[value] })),
      lists: bodyLists.map((value) => ({ value, title: listLabels[value] })),
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
          { title: 'Superscript', value: 'sup', icon: SupIcon, component: SupDecorator },
          { title: 'Subscript', value: 'sub', icon: SubIcon, component: SubDecorator },
        ],
        annotations: [linkAnnotation, internalLinkAnnotation],
      },
    }),
    imageMember(),
    defineArrayMember({ type: 'comparisonTableEmbed' }),
    defineArrayMember({ type: 'consultationCta' }),
  ],
  validation: (rule) => rule.custom(bodyBlockShape).error(),
})
