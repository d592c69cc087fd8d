/**
 * Publishing a post or treatment whose slug changed also publishes a redirect from the old
 * URL, so links and search results keep working with a single 308 hop.
 */
import { useClient, type DocumentActionComponent, type SanityDocument } from 'sanity'
import { apiVersion } from '../env'
import { slugChangeRedirect } from '../validation/redirect'

const slugOf = (doc: SanityDocument | null): string | undefined => {
  const slug = doc?.slug
  return typeof slug === 'object' && slug !== null && 'current' in slug && typeof slug.current === 'string'
    ? slug.current
    : undefined
}

export function withSlugRedirect(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithRedirect: DocumentActionComponent = (props) => {
    const client = useClient({ apiVersion })
    const description = publish(props)
    if (!description) return null
    const change = slugChangeRedirect(props.type, slugOf(props.published), slugOf(props.draft))
    if (!change) return description
    return {
      ...description,
      onHandle: async () => {
        const id = `redirect-${props.type}-${change.create.from.split('/').pop() ?? props.id}`
        const stale = await client.fetch<string[]>('*[_type == "redirect" && from == $from]._id', {
          from: change.removeFrom,
        })
        const transaction = client.transaction()
        stale.forEach((staleId) => transaction.delete(staleId))
        await transaction.createOrReplace({ _id: id, _type: 'redirect', ...change.create }).commit()
        description.onHandle?.()
      },
    }
  }
  PublishWithRedirect.action = publish.action
  return PublishWithRedirect
}
