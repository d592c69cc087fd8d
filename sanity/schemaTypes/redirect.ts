import { TransferIcon } from '@sanity/icons/Transfer'
import { defineField, defineType, type ValidationContext } from 'sanity'
import type { RedirectRule } from '@/lib/seo/redirects'
import { apiVersion } from '../env'
import { redirectFrom, redirectLoop, redirectTo } from '../validation/redirect'

async function otherRedirects(context: ValidationContext): Promise<RedirectRule[]> {
  const id = context.document?._id.replace(/^drafts\./, '') ?? ''
  return context
    .getClient({ apiVersion })
    .fetch<RedirectRule[]>(
      '*[_type == "redirect" && !(_id in [$id, $draft]) && defined(from) && defined(to)]{from, to, "permanent": coalesce(permanent, true)}',
      { id, draft: `drafts.${id}` },
    )
}

export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: TransferIcon,
  description: 'Sends an old address to a new one. Renaming an article or treatment adds one automatically.',
  fields: [
    defineField({
      name: 'from',
      title: 'From path',
      type: 'string',
      description: 'The old address, e.g. /blog/old-title',
      validation: (rule) => rule.required().custom(redirectFrom),
    }),
    defineField({
      name: 'to',
      title: 'To path',
      type: 'string',
      description: 'Where visitors should land, e.g. /blog/new-title',
      validation: (rule) =>
        rule.required().custom(async (to, context) => {
          const pathResult = redirectTo(to)
          const from = context.document?.from
          if (pathResult !== true || typeof to !== 'string' || typeof from !== 'string') return pathResult
          const permanent = context.document?.permanent !== false
          return redirectLoop({ from, to, permanent }, await otherRedirects(context))
        }),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description: 'On for a page that has moved for good (search engines update their index).',
      initialValue: true,
    }),
  ],
  preview: {
    select: { from: 'from', to: 'to', permanent: 'permanent' },
    prepare: ({ from, to, permanent }: { from?: string; to?: string; permanent?: boolean }) => ({
      title: `${from ?? '?'} → ${to ?? '?'}`,
      subtitle: permanent === false ? 'Temporary (307)' : 'Permanent (308)',
      media: TransferIcon,
    }),
  },
})
