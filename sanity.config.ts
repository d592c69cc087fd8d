'use client'
/**
 * Sanity Studio, embedded in the site at /studio (app/studio renders it with next-sanity)
 * and loaded by the `sanity` CLI (which resolves the `@/` alias from tsconfig.json).
 */
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { dataset, projectId } from '@/sanity/env'
import { schemaTypes } from '@/sanity/schemaTypes'
import { resolveDocumentActions, resolveNewDocumentOptions, structure } from '@/sanity/structure'

export default defineConfig({
  name: 'default',
  title: 'Clinic website',
  basePath: '/studio',
  projectId,
  dataset,
  schema: { types: schemaTypes },
  plugins: [structureTool({ structure })],
  document: {
    actions: (prev, context) => resolveDocumentActions(prev, context),
    newDocumentOptions: (prev) => resolveNewDocumentOptions(prev),
  },
})
