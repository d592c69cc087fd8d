#!/usr/bin/env node
// Performance, measured (not a test): `npm run bench`.
//
// 1. Cold visits. Builds the site (into .next-bench) and a bare Next.js page of the same Next
//    version (bench/bare), serves both with `next start`, and serves a no-JavaScript copy of each
//    page (scripts/lib/no-js-copy.mjs). Every Lighthouse run is a patient's first visit: a new
//    Chromium with an empty profile, mobile emulation and simulated throttling (Lighthouse 12.2.3
//    defaults). Runs are interleaved (run i measures every target once) so that drift in this
//    shared machine's speed falls on all targets alike, and each figure is the median of the runs.
//    Targets, per page, in the same run: performance >= the bare page's; LCP <= 1.3 x the page's
//    no-JS copy; TBT <= the bare page's; CLS 0; accessibility, best practices and SEO 1.
// 2. Throughput: autocannon on `next start` against a minimal route of the same server, and
//    through nginx with deploy/nginx.conf's cache settings against a static copy of the page.
// Writes bench/results.json and bench/results.md and prints the tables.
// Env: BENCH_SKIP_BUILD=1 reuses both builds; BENCH_RUNS (default 3); BENCH_PAGES=home,article
// (a subset); BENCH_SKIP_THROUGHPUT=1; BENCH_SECONDS (default 5), BENCH_CONNECTIONS (10);
// CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { coldLighthouseRun } from './lib/lighthouse-cold.mjs'
import { median } from './lib/median.mjs'
import { loopbackNginxConfig } from './lib/nginx-config.mjs'
import { startNoJsCopyServer } from './lib/no-js-copy.mjs'
import { freePort, waitForServer } from './lib/processes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench'
const ALL_PAGES = [
  { name: 'home', path: '/' },
  { name: 'treatment', path: '/treatments/ketamine-iv-therapy' },
  { name: 'comparison', path: '/compare/ketamine-iv-vs-kap' },
  { name: 'article', path: '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy' },
  { name: 'blog index', path: '/blog' },
  { name: 'team profile', path: '/team/maya-ellison' },
  { name: 'consultation', path: '/consultation' },
]
const MINIMAL = '/robots.txt'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SKIP_THROUGHPUT = Boolean(process.env.BENCH_SKIP_THROUGHPUT)
/** Targets, each page against the references measured in the same run. */
const TARGETS = { perfVsBare: 1, lcpVsNoJs: 1.3, tbtVsBare: 1, moonshotVsNoJs: 0.03 }

function pickPages() {
  const wanted = process.env.BENCH_PAGES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (!wanted) return ALL_PAGES
  const unknown = wanted.filter((name) => !ALL_PAGES.some((page) => page.name === name))
  if (unknown.length > 0) {
    console.error(`BENCH_PAGES: unknown ${unknown.join(', ')}; pages are: ${ALL_PAGES.map((p) => p.name).join(', ')}`)
    process.exit(1)
  }
  return ALL_PAGES.filter((page) => wanted.includes(page.name))
}
const PAGES = pickPages()
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`BENCH_RUNS must be a whole number >= 1 (got ${process.env.BENCH_RUNS})`)
  process.exit(1)
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim()
}
const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : which('nginx')
const missing = []
if (!existsSync(CHROMIUM)) missing.push('chromium (apt-get install -y chromium, or set CHROMIUM_PATH)')
if (!nginx) missing.push('nginx (apt-get install -y nginx)')
if (missing.length > 0) {
  console.error(`npm run bench needs: ${missing.join('; ')}`)
  process.exit(1)
}

const children = []
const temp = mkdtempSync(path.join(tmpdir(), 'clinic-bench-'))
function cleanup() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  rmSync(temp, { recursive: true, force: true })
}
process.on('exit', cleanup)
process.on('SIGINT', () => process.exit(130))

/** autocannon against one URL. Any non-2xx answer fails the bench; socket errors are counted and shown. */
function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers }, (error, result) => {
      if (error) reject(error)
      else if (result.non2xx > 0)
        reject(new Error(`${url}: ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodeStats)}`))
      else resolve({ rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors })
    })
  })
}

/** Builds (unless BENCH_SKIP_BUILD) and serves a Next app; resolves to its base URL. */
async function serveNextApp({ name, cwd, env }) {
  const next = path.join(root, 'node_modules/.bin/next')
  if (!process.env.BENCH_SKIP_BUILD || !existsSync(path.join(cwd, env.NEXT_DIST_DIR))) {
    console.log(`Building ${name} into ${path.relative(root, path.join(cwd, env.NEXT_DIST_DIR))} ...`)
    const build = spawnSync(next, ['build'], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) throw new Error(`next build (${name}) failed`)
  }
  const port = await freePort()
  const log = openSync(path.join(temp, `${name}-start.log`), 'w')
  const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env, stdio: ['ignore', log, log] })
  children.push(child)
  const url = `http://127.0.0.1:${port}`
  await waitForServer(`${url}/`, child)
  return url
}

const round = (value, digits = 0) => (value === null ? null : Number(value.toFixed(digits)))

/** Median of each figure over a target's runs. */
function summarise(runs) {
  const pick = (key) => median(runs.map((run) => run[key]))
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    'best-practices': pick('best-practices'),
    seo: pick('seo'),
    fcpMs: round(pick('fcpMs')),
    lcpMs: round(pick('lcpMs')),
    tbtMs: round(pick('tbtMs')),
    cls: round(pick('cls'), 3),
    speedIndexMs: round(pick('speedIndexMs')),
    jsKb: round(pick('jsKb'), 1),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
    consoleErrors: [...new Set(runs.flatMap((run) => run.consoleErrors))],
  }
}

/** Each page against the references of the same run. */
function judge(page, bare, noJs) {
  const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b, 2))
  const checks = {
    perf: page.performance !== null && bare.performance !== null && page.performance >= bare.performance,
    lcp: page.lcpMs !== null && noJs.lcpMs !== null && page.lcpMs <= TARGETS.lcpVsNoJs * noJs.lcpMs,
    tbt: page.tbtMs !== null && bare.tbtMs !== null && page.tbtMs <= bare.tbtMs,
    cls: page.cls === 0,
    a11y: page.accessibility === 1,
    bestPractices: page['best-practices'] === 1,
    seo: page.seo === 1,
  }
  return {
    perfVsBare: ratio(page.performance, bare.performance),
    lcpVsNoJs: ratio(page.lcpMs, noJs.lcpMs),
    tbtVsBare: ratio(page.tbtMs, Math.max(1, bare.tbtMs ?? 0)),
    moonshot:
      page.performance !== null &&
      noJs.performance !== null &&
      noJs.performance - page.performance <= TARGETS.moonshotVsNoJs,
    checks,
    meets: Object.values(checks).every(Boolean),
  }
}

async function measureColdVisits(appUrl, bareUrl) {
  const noJs = await startNoJsCopyServer(
    appUrl,
    PAGES.map((page) => page.path),
  )
  const targets = [
    { key: 'bare', url: `${bareUrl}/` },
    ...PAGES.flatMap((page) => [
      { key: `page:${page.name}`, url: appUrl + page.path },
      { key: `nojs:${page.name}`, url: noJs.url + page.path },
    ]),
  ]
  const runs = Object.fromEntries(targets.map((target) => [target.key, []]))
  for (let run = 1; run <= RUNS; run++) {
    for (const target of targets) {
      console.log(`Lighthouse run ${run}/${RUNS}: ${target.key}`)
      runs[target.key].push(await coldLighthouseRun(target.url, CHROMIUM))
    }
  }
  noJs.server.close()
  const all = Object.values(runs).flat()
  const indexes = all.map((run) => run.benchmarkIndex)
  const bare = summarise(runs.bare)
  return {
    runs: RUNS,
    chromium: spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim() || 'unknown',
    benchmarkIndex: {
      median: round(median(indexes)),
      min: round(Math.min(...indexes)),
      max: round(Math.max(...indexes)),
    },
    bare,
    pages: PAGES.map((page) => {
      const summary = summarise(runs[`page:${page.name}`])
      const noJsSummary = summarise(runs[`nojs:${page.name}`])
      return { ...page, ...summary, noJs: noJsSummary, ...judge(summary, bare, noJsSummary) }
    }),
    raw: runs,
  }
}

async function measureThroughput(appUrl) {
  // Throughput on next start, against a minimal route of the same server.
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per URL`)
  const minimal = await load(appUrl + MINIMAL)
  const results = PAGES.map((page) => ({ ...page }))
  for (const result of results) result.nextStart = await load(appUrl + result.path)

  // nginx: cached proxy vs a static copy of the same bytes.
  const staticRoot = path.join(temp, 'static')
  mkdirSync(staticRoot)
  const fileName = (result) => `${result.name.replace(/\W+/g, '-')}.html`
  for (const result of results)
    writeFileSync(path.join(staticRoot, fileName(result)), await (await fetch(appUrl + result.path)).text())
  const nginxPort = await freePort()
  const confFile = path.join(temp, 'nginx.conf')
  writeFileSync(
    confFile,
    loopbackNginxConfig({
      port: nginxPort,
      upstreams: [new URL(appUrl).host],
      tempDir: temp,
      extraLocations: `location /static-copy/ { alias ${staticRoot}/; default_type text/html; }`,
    }),
  )
  const proxy = spawn(nginx, ['-c', confFile, '-p', temp], { stdio: 'ignore' })
  children.push(proxy)
  const nginxUrl = `http://127.0.0.1:${nginxPort}`
  await waitForServer(`${nginxUrl}/static-copy/${fileName(results[0])}`, proxy)
  for (const result of results) {
    const first = await fetch(nginxUrl + result.path)
    if (first.status !== 200) {
      const log = existsSync(path.join(temp, 'nginx-error.log'))
        ? readFileSync(path.join(temp, 'nginx-error.log'), 'utf8').slice(-600)
        : ''
      throw new Error(`nginx ${result.path}: ${first.status}\n${log}`)
    }
    result.cacheStatus = (await fetch(nginxUrl + result.path)).headers.get('x-cache-status')
    result.nginxCached = await load(nginxUrl + result.path)
    result.nginxStatic = await load(`${nginxUrl}/static-copy/${fileName(result)}`)
  }
  return {
    minimalRoute: MINIMAL,
    minimal,
    pages: results.map((r) => ({
      name: r.name,
      path: r.path,
      nextStart: {
        ...r.nextStart,
        rpsRatio: round(r.nextStart.rps / minimal.rps, 2),
        p99Ratio: round(r.nextStart.p99 / Math.max(1, minimal.p99), 2),
      },
      nginx: {
        cacheStatus: r.cacheStatus,
        cached: r.nginxCached,
        static: r.nginxStatic,
        rpsRatio: round(r.nginxCached.rps / r.nginxStatic.rps, 2),
      },
    })),
  }
}

const mark = (ok) => (ok ? 'yes' : '**no**')

function coldMarkdown(cold) {
  const { bare } = cold
  const row = (cells) => `| ${cells.join(' | ')} |`
  const figures = (r) => [
    r.performance,
    r.accessibility,
    r['best-practices'],
    r.seo,
    r.fcpMs,
    r.lcpMs,
    r.tbtMs,
    r.cls,
    r.jsKb,
  ]
  const failing = cold.pages.filter((page) => !page.meets).map((page) => page.name)
  return [
    '## Cold first visit (median of each figure)',
    '',
    row(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'JS KB']),
    row(Array(10).fill('---')),
    row(['**bare Next.js page**', ...figures(bare)]),
    ...cold.pages.flatMap((page) => [
      row([page.name, ...figures(page)]),
      row([`${page.name}, no-JS copy`, ...figures(page.noJs)]),
    ]),
    '',
    '## Targets (each page against the references of this run)',
    '',
    row([
      'page',
      'perf / bare',
      'perf >= bare',
      'LCP / no-JS',
      'LCP <= 1.3x',
      'TBT / bare',
      'TBT <= bare',
      'CLS 0',
      'a11y, BP, SEO 1',
      'moonshot (perf within 0.03 of no-JS)',
    ]),
    row(Array(10).fill('---')),
    ...cold.pages.map((page) =>
      row([
        page.name,
        page.perfVsBare,
        mark(page.checks.perf),
        page.lcpVsNoJs,
        mark(page.checks.lcp),
        page.tbtVsBare,
        mark(page.checks.tbt),
        mark(page.checks.cls),
        mark(page.checks.a11y && page.checks.bestPractices && page.checks.seo),
        page.moonshot ? 'yes' : 'no',
      ]),
    ),
    '',
    failing.length === 0
      ? 'Every page meets every target in this run.'
      : `Pages missing a target in this run: ${failing.join(', ')}.`,
    '',
    ...auditNotes([
      ['bare Next.js page', bare],
      ...cold.pages.flatMap((page) => [
        [page.name, page],
        [`${page.name}, no-JS copy`, page.noJs],
      ]),
    ]),
  ].join('\n')
}

/** Binary audits that failed in some run, and what the browser logged as errors, per target. */
function auditNotes(targets) {
  const notes = targets
    .filter(([, summary]) => summary.failing.length > 0 || summary.consoleErrors.length > 0)
    .map(([name, summary]) =>
      [`- ${name}: ${summary.failing.join(', ')}`, ...summary.consoleErrors.map((error) => `  - ${error}`)].join('\n'),
    )
  return notes.length === 0 ? [] : ['Audits that failed in at least one run:', '', ...notes, '']
}

function throughputMarkdown(throughput) {
  return [
    '## Throughput',
    '',
    `autocannon ${CONNECTIONS} connections x ${SECONDS} s. Minimal route ${throughput.minimalRoute} on the same \`next start\`: ${throughput.minimal.rps} req/s, p99 ${throughput.minimal.p99} ms.`,
    '',
    '| page | next start req/s (vs minimal) | p99 ms (vs minimal) | nginx cached / static req/s (ratio, cache) |',
    '|---|---|---|---|',
    ...throughput.pages.map(
      (p) =>
        `| ${p.name} | ${p.nextStart.rps} (${p.nextStart.rpsRatio}x) | ${p.nextStart.p99} (${p.nextStart.p99Ratio}x) | ${p.nginx.cached.rps} / ${p.nginx.static.rps} (${p.nginx.rpsRatio}x, ${p.nginx.cacheStatus})${p.nextStart.errors + p.nginx.cached.errors > 0 ? `; ${p.nextStart.errors + p.nginx.cached.errors} socket errors` : ''} |`,
    ),
    '',
  ].join('\n')
}

async function main() {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    BOOKINGS_DATA_DIR: path.join(temp, 'pglite'),
    CONTENT_DATASET_DIR: path.join(temp, 'content'),
  }
  delete env.DATABASE_URL
  cpSync(path.join(root, 'sanity/seed'), env.CONTENT_DATASET_DIR, { recursive: true })
  const appUrl = await serveNextApp({ name: 'site', cwd: root, env })
  const bareUrl = await serveNextApp({
    name: 'bare',
    cwd: path.join(root, 'bench/bare'),
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  for (const page of PAGES) await fetch(appUrl + page.path) // warm the caches
  await fetch(`${bareUrl}/`)

  const cold = await measureColdVisits(appUrl, bareUrl)
  // Twenty minutes of Lighthouse are not thrown away when the throughput part fails.
  let throughput = null
  if (!SKIP_THROUGHPUT) {
    try {
      throughput = await measureThroughput(appUrl)
    } catch (error) {
      console.error(`Throughput not measured: ${error instanceof Error ? error.message : error}`)
    }
  }

  const os = await import('node:os')
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown' },
    lighthouse: '12.2.3, mobile, simulated throttling, a fresh Chromium profile per run',
    targets: TARGETS,
    cold,
    throughput,
  }
  const markdown = [
    `# Bench results (${report.date.slice(0, 10)})`,
    '',
    `Lighthouse ${report.lighthouse}; ${RUNS} runs per target, interleaved; ${cold.chromium}; ` +
      `Node ${process.version}; ${report.machine.cpus} CPUs (${report.machine.cpu}).`,
    `Lighthouse benchmarkIndex of this machine during the run: median ${cold.benchmarkIndex.median} ` +
      `(${cold.benchmarkIndex.min}-${cold.benchmarkIndex.max}). Compare runs by the ratios, not the absolute figures.`,
    '',
    coldMarkdown(cold),
    throughput ? throughputMarkdown(throughput) : '',
  ].join('\n')
  mkdirSync(path.join(root, 'bench'), { recursive: true })
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(path.join(root, 'bench/results.md'), markdown)
  console.log(`\n${markdown}`)
  console.log('Wrote bench/results.json and bench/results.md')
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error)
    const log = path.join(temp, 'site-start.log')
    if (existsSync(log))
      console.error(`next start log (last lines):\n${readFileSync(log, 'utf8').split('\n').slice(-20).join('\n')}`)
    process.exit(1)
  },
)
