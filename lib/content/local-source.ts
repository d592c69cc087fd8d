/** The embedded dataset as a content source: GROQ over the parsed NDJSON files. */
import 'server-only'
import { unstable_cache } from 'next/cache'
import { queryView } from './dataset-view'
import { datasetView, loadDataset } from './local-dataset'
import type { ContentSource } from './source'

export function createLocalSource(dir: string): ContentSource {
  return {
    async read(query, params, read) {
      const dataset = await loadDataset(dir)
      if (read.kind === 'drafts') return queryView(datasetView(dataset, 'drafts'), query, params)
      const published = () => queryView(datasetView(dataset, 'published'), query, params)
      if (read.kind === 'fresh') return published()
      // The dataset version is in the key, so an edited seed file is a cache miss (next dev picks
      // it up); the tags let a signed webhook revalidate the same pages as in Sanity mode.
      return unstable_cache(published, ['content', dataset.version, query, JSON.stringify(params)], {
        tags: read.tags,
      })()
    },
    async version() {
      return (await loadDataset(dir)).version
    },
  }
}
