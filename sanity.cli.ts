/** Configuration for the `sanity` CLI (schema validate/extract, typegen, dataset import). */
import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from '@/sanity/env'

export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    // Every defineQuery() in the site; the extracted schema is a build artifact (git-ignored
    // .data/), only the generated types are committed and checked for drift in CI.
    path: ['./lib/**/*.{ts,tsx}', './app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
    schema: '.data/sanity-schema.json',
    generates: './sanity.types.ts',
  },
})
