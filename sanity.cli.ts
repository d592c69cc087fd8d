/** Configuration for the `sanity` CLI (schema validate/extract, typegen, dataset import). */
import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from '@/sanity/env'

export default defineCliConfig({
  api: { projectId, dataset },
})
