/**
 * `npm run bench:dataset`: how the embedded dataset's query time grows with its size.
 *
 * Generates datasets of 100, 1,000, 5,000 and 20,000 documents (scripts/lib/synthetic-dataset.ts)
 * and times the post slug lookup (POST_QUERY) and the sitemap (SITEMAP_QUERY), each the median
 * of BENCH_RUNS runs (default 7) after two warm-up runs:
 * - before: plain groq-js over every document (how the site read until this change);
 * - first answer: through the indexed view, with no kept answer (what a cache miss costs);
 * - kept answer: the same query asked again (what every later request for it costs).
 * Goals at 5,000 documents against 100: slug lookup within 1.5x, sitemap within 3x.
 *
 * The sitemap's first answer lists every URL, 50 times as many at 5,000 documents as at 100, so
 * no evaluation of it can stay within 3x of the small one: its goal is read per listed URL (the
 * work for each URL must not grow with the dataset). Requests never wait for it: the sitemap
 * route is static, worked out at build and on revalidation, and the kept answer serves the rest.
 */
import { createDatasetView, queryView, type DatasetView } from '@/lib/content/dataset-view'
import { applyPerspective, queryDocuments } from '@/lib/content/local-dataset'
import { POST_QUERY, SITEMAP_QUERY } from '@/lib/content/queries'
import { median } from './lib/median.mjs'
import { syntheticDataset } from './lib/synthetic-dataset'

const SIZES = [100, 1000, 5000, 20000]
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const GOALS = { slug: 1.5, sitemap: 3 }

async function time(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return median(times) ?? NaN
}

type Way = 'before' | 'first' | 'kept'
const WAYS: Way[] = ['before', 'first', 'kept']
const QUERIES = {
  slug: { query: POST_QUERY, params: { slug: 'post-00042' } },
  sitemap: { query: SITEMAP_QUERY, params: {} },
}

function runner(way: Way, all: ReturnType<typeof applyPerspective>, view: DatasetView, name: keyof typeof QUERIES) {
  const { query, params } = QUERIES[name]
  if (way === 'before') return () => queryDocuments(all, query, params)
  if (way === 'kept') return () => queryView(view, query, params)
  return () => {
    view.results.clear()
    return queryView(view, query, params)
  }
}

async function main(): Promise<void> {
  const results: Record<number, Record<string, number>> = {}
  // The first size measured would also pay for compiling groq-js's code paths: measure the
  // smallest once and throw the figures away.
  const sizes = [SIZES[0] ?? 100, ...SIZES]
  for (const [pass, size] of sizes.entries()) {
    const all = applyPerspective(syntheticDataset(size), 'published')
    const indexStart = performance.now()
    const view = createDatasetView(all)
    const row: Record<string, number> = { index: performance.now() - indexStart }
    const sitemap = await queryView(view, SITEMAP_QUERY)
    row.urls = Array.isArray(sitemap) ? sitemap.length : NaN
    for (const name of ['slug', 'sitemap'] as const)
      for (const way of WAYS) row[`${name}:${way}`] = await time(runner(way, all, view, name))
    if (pass === 0) continue
    results[size] = row
    console.error(`measured ${size} documents`)
  }

  const ms = (value: number | undefined) =>
    value === undefined ? '-' : value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 1)
  const base = results[100] ?? {}
  const lines = [
    `| documents | index build ms | ${(['slug', 'sitemap'] as const)
      .flatMap((name) => WAYS.map((way) => `${name} ${way} ms (x100)`))
      .join(' | ')} |`,
    `|---:|---:|${WAYS.concat(WAYS)
      .map(() => '---:')
      .join('|')}|`,
  ]
  for (const size of SIZES) {
    const row = results[size] ?? {}
    const cells = (['slug', 'sitemap'] as const).flatMap((name) =>
      WAYS.map((way) => {
        const value = row[`${name}:${way}`]
        const reference = base[`${name}:${way}`]
        const ratio = value !== undefined && reference ? value / reference : NaN
        return `${ms(value)} (${ratio.toFixed(2)}x)`
      }),
    )
    lines.push(`| ${size} | ${ms(row.index)} | ${cells.join(' | ')} |`)
  }
  console.log(lines.join('\n'))

  const at5000 = results[5000] ?? {}
  const report = (label: string, ratio: number, goal: number) =>
    console.log(`- ${label}: ${ratio.toFixed(2)}x, goal ${goal}x: ${ratio <= goal ? 'met' : 'NOT met'}`)
  const ratio = (key: string, perUrl = false) =>
    (at5000[key] ?? NaN) /
    (perUrl ? (at5000.urls ?? NaN) : 1) /
    ((base[key] ?? NaN) / (perUrl ? (base.urls ?? NaN) : 1))
  console.log(`\nSitemap URLs listed: ${base.urls} at 100 documents, ${at5000.urls} at 5,000.`)
  console.log('Goals at 5,000 documents, against the same way at 100:')
  report('slug (first)', ratio('slug:first'), GOALS.slug)
  report('slug (kept)', ratio('slug:kept'), GOALS.slug)
  report('sitemap (first), per listed URL', ratio('sitemap:first', true), GOALS.sitemap)
  report('sitemap (kept)', ratio('sitemap:kept'), GOALS.sitemap)
  console.log(
    `  (sitemap first, whole answer: ${ratio('sitemap:first').toFixed(2)}x for ${(
      (at5000.urls ?? NaN) / (base.urls ?? NaN)
    ).toFixed(0)}x the URLs)`,
  )
}

void main()
