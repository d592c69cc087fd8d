/** The seed dataset, queried the way the site queries it, for tests of what pages build from it. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { applyPerspective, parseNdjson, queryDocuments } from '@/lib/content/local-dataset'

const seedDir = path.join(process.cwd(), 'sanity', 'seed')
const file = path.join(seedDir, 'dataset.ndjson')
const { documents } = parseNdjson(readFileSync(file, 'utf8'), file, seedDir)
const published = applyPerspective(documents, 'published')

/** Runs a site query over the published seed; in English unless `params.language` says otherwise. */
export async function querySeed<S extends z.ZodType>(
  schema: S,
  query: string,
  params: Record<string, unknown> = {},
): Promise<z.infer<S>> {
  return schema.parse(await queryDocuments(published, query, { language: 'en', ...params }))
}
