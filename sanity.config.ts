'use client'
/**
 * Sanity Studio, embedded in the site at /studio (app/studio renders it with next-sanity)
 * and loaded by the `sanity` CLI (which resolves the `@/` alias from tsconfig.json).
 */
import { defineConfig } from 'sanity'
import { defineDocuments, defineLocations, presentationTool, type DocumentLocation } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { withSlugRedirect } from '@/sanity/actions/publish-with-redirect'
import { dataset, projectId } from '@/sanity/env'
import { schemaTypes } from '@/sanity/schemaTypes'
import { resolveDocumentActions, resolveNewDocumentOptions, structure } from '@/sanity/structure'

/** The document's own page (when it has a slug) followed by the listings that show it. */
function pagesFor(prefix: string, listings: DocumentLocation[]) {
  return defineLocations({
    select: { title: 'title', name: 'name', slug: 'slug.current' },
    resolve: (doc) => {
      const title: unknown = doc?.title ?? doc?.name
      const slug: unknown = doc?.slug
      const own: DocumentLocation[] =
        typeof slug === 'string' ? [{ title: typeof title === 'string' ? title : slug, href: `${prefix}/${slug}` }] : []
      return { locations: [...own, ...listings] }
    },
  })
}

const home: DocumentLocation = { title: 'Home', href: '/' }
const articles: DocumentLocation = { title: 'Articles', href: '/blog' }

/** Which document an editor is looking at in the preview, by URL (click-to-edit opens it). */
const mainDocuments = defineDocuments([
  { route: '/treatments/:slug', filter: '_type == "treatment" && slug.current == $slug' },
  { route: '/compare/:slug', filter: '_type == "comparisonTable" && slug.current == $slug' },
  { route: '/blog/category/:slug', filter: '_type == "category" && slug.current == $slug' },
  { route: '/blog/:slug', filter: '_type == "post" && slug.current == $slug' },
  { route: '/team/:slug', filter: '_type == "person" && slug.current == $slug' },
  {
    route: ['/style-guide', '/privacy'],
    resolve: ({ path }) => ({ filter: '_type == "page" && slug.current == $slug', params: { slug: path.slice(1) } }),
  },
])

export default defineConfig({
  name: 'default',
  title: 'Clinic website',
  basePath: '/studio',
  projectId,
  dataset,
  schema: { types: schemaTypes },
  plugins: [
    structureTool({ structure }),
    // Visual editing: the site runs in an iframe in draft mode; clicking text opens its field.
    presentationTool({
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
      resolve: {
        mainDocuments,
        locations: {
          siteSettings: defineLocations({ locations: [home], message: 'Shown on every page' }),
          treatment: pagesFor('/treatments', [{ title: 'All treatments', href: '/treatments' }, home]),
          comparisonTable: pagesFor('/compare', []),
          post: pagesFor('/blog', [articles, home]),
          person: pagesFor('/team', []),
          category: pagesFor('/blog/category', [articles]),
          page: pagesFor('', []),
        },
      },
    }),
  ],
  document: {
    // Publishing a renamed post or treatment also publishes a redirect from its old URL.
    actions: (prev, context) =>
      resolveDocumentActions(prev, context).map((action) =>
        action.action === 'publish' ? withSlugRedirect(action) : action,
      ),
    newDocumentOptions: (prev) => resolveNewDocumentOptions(prev),
  },
})
