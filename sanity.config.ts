'use client'
/**
 * Sanity Studio, embedded in the site at /studio (app/studio renders it with next-sanity)
 * and loaded by the `sanity` CLI (which resolves the `@/` alias from tsconfig.json).
 */
import { documentInternationalization } from '@sanity/document-internationalization'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { apiPaths, paths } from '@/lib/routes'
import { withSlugRedirect } from '@/sanity/actions/publish-with-redirect'
import { dataset, projectId } from '@/sanity/env'
import { STUDIO_LANGUAGES, TRANSLATED_TYPES } from '@/sanity/languages'
import { locations, mainDocuments } from '@/sanity/presentation'
import { schemaTypes } from '@/sanity/schemaTypes'
import { resolveDocumentActions, resolveNewDocumentOptions, structure } from '@/sanity/structure'

export default defineConfig({
  name: 'default',
  title: 'Clinic website',
  basePath: paths.studio(),
  projectId,
  dataset,
  schema: { types: schemaTypes },
  plugins: [
    structureTool({ structure }),
    // Document-level translations: each language is its own document (own slug and SEO), linked
    // by a translation.metadata document; the language menu creates and opens translations.
    documentInternationalization({
      supportedLanguages: [...STUDIO_LANGUAGES],
      schemaTypes: [...TRANSLATED_TYPES],
    }),
    // Visual editing: the site runs in an iframe in draft mode; clicking text opens its field.
    presentationTool({
      previewUrl: { previewMode: { enable: apiPaths.draftModeEnable(), disable: apiPaths.draftModeDisable() } },
      resolve: { mainDocuments, locations },
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
