#!/usr/bin/env node
// Performance budgets, measured (not a test): `npm run bench`.
// Builds the site (into .next-bench), serves it with `next start`, then for home, a treatment,
// the comparison page, an article and /consultation records
//   - Lighthouse 12.2.3 (mobile emulation, Debian chromium): the four category scores, LCP, CLS, TBT;
//   - client JavaScript transferred;
//   - autocannon throughput and p99 latency on `next start`, as a ratio to a minimal route
//     (/robots.txt, static) on the same server in the same run;
//   - the same through nginx with deploy/nginx.conf's cache settings, as a ratio to nginx
//     serving a static copy of the same page.
// Writes bench/results.json and bench/results.md and prints the table.
// Env: BENCH_SKIP_BUILD=1 reuses the build; BENCH_SECONDS (default 5), BENCH_CONNECTIONS (10).
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import lighthouse from 'lighthouse'
import { freePort, waitForServer } from './lib/processes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench'
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'treatment', path: '/treatments/ketamine-iv-therapy' },
  { name: 'comparison', path: '/compare/ketamine-iv-vs-kap' },
  { name: 'article', path: '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy' },
  { name: 'consultation', path: '/consultation' },
]
const MINIMAL = '/robots.txt'
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 }

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

function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers }, (error, result) => {
      if (error) reject(error)
      else if (result.non2xx > 0 || result.errors > 0)
        reject(
          new Error(
            `${url}: ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors`,
          ),
        )
      else resolve({ rps: Math.round(result.requests.average), p99: result.latency.p99 })
    })
  })
}

function nginxConfig({ port, upstream, staticRoot }) {
  // nginx workers drop root: give them folders they can write (cache and proxy buffers).
  chmodSync(temp, 0o755)
  const cacheDir = path.join(temp, 'nginx-cache')
  for (const dir of [cacheDir, ...['body', 'proxy', 'fcgi', 'uwsgi', 'scgi'].map((d) => path.join(temp, d))]) {
    mkdirSync(dir, { recursive: true })
    chmodSync(dir, 0o777)
  }
  // The cache settings of deploy/nginx.conf, on loopback ports and temp paths, no TLS.
  return `worker_processes 1;
daemon off;
pid ${temp}/nginx.pid;
error_log ${temp}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy; fastcgi_temp_path ${temp}/fcgi;
  uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;
  sendfile on;
  keepalive_timeout 65;
  proxy_cache_path ${cacheDir} levels=1:2 keys_zone=clinic:10m max_size=100m inactive=1d use_temp_path=off;
  upstream clinic_app { server ${upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location /static-copy/ { alias ${staticRoot}/; default_type text/html; }
    location / {
      proxy_pass http://clinic_app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_cache clinic;
      proxy_cache_key "$scheme$host$request_uri|rsc=$http_rsc|prefetch=$http_next_router_prefetch";
      proxy_cache_revalidate on;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      proxy_cache_bypass $cookie___prerender_bypass;
      proxy_no_cache $cookie___prerender_bypass;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`
}

async function lighthouseRun(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  const { categories, audits } = result.lhr
  const requests = audits['network-requests']?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === 'Script')
  return {
    scores: Object.fromEntries(Object.keys(BUDGET).map((key) => [key, categories[key]?.score ?? null])),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    jsKb: Number((scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024).toFixed(1)),
    jsFiles: scripts.length,
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  }
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
  const next = path.join(root, 'node_modules/.bin/next')
  if (!process.env.BENCH_SKIP_BUILD) {
    console.log(`Building into ${distDir} ...`)
    const build = spawnSync(next, ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) throw new Error('next build failed')
  }
  const appPort = await freePort()
  const appLog = openSync(path.join(temp, 'next-start.log'), 'w')
  const app = spawn(next, ['start', '-p', String(appPort), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', appLog, appLog],
  })
  children.push(app)
  const appUrl = `http://127.0.0.1:${appPort}`
  await waitForServer(`${appUrl}/`, app)
  for (const page of PAGES) await fetch(appUrl + page.path) // warm the caches

  // Lighthouse, one fresh headless chromium for the run.
  const chromePort = await freePort()
  const chrome = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${chromePort}`,
      `--user-data-dir=${path.join(temp, 'chrome')}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  children.push(chrome)
  await waitForServer(`http://127.0.0.1:${chromePort}/json/version`, chrome)
  const results = []
  for (const page of PAGES) {
    console.log(`Lighthouse ${page.path}`)
    results.push({ ...page, lighthouse: await lighthouseRun(appUrl + page.path, chromePort) })
  }
  chrome.kill('SIGTERM')

  // Throughput on next start, against a minimal route of the same server.
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per URL`)
  const minimal = await load(appUrl + MINIMAL)
  for (const result of results) result.nextStart = await load(appUrl + result.path)

  // nginx: cached proxy vs a static copy of the same bytes.
  const staticRoot = path.join(temp, 'static')
  mkdirSync(staticRoot)
  for (const result of results)
    writeFileSync(path.join(staticRoot, `${result.name}.html`), await (await fetch(appUrl + result.path)).text())
  const nginxPort = await freePort()
  const confFile = path.join(temp, 'nginx.conf')
  writeFileSync(confFile, nginxConfig({ port: nginxPort, upstream: `127.0.0.1:${appPort}`, staticRoot }))
  const proxy = spawn(nginx, ['-c', confFile, '-p', temp], { stdio: 'ignore' })
  children.push(proxy)
  const nginxUrl = `http://127.0.0.1:${nginxPort}`
  await waitForServer(`${nginxUrl}/static-copy/home.html`, proxy)
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
    result.nginxStatic = await load(`${nginxUrl}/static-copy/${result.name}.html`)
  }

  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    settings: {
      seconds: SECONDS,
      connections: CONNECTIONS,
      minimalRoute: MINIMAL,
      lighthouse: '12.2.3 mobile (default config)',
    },
    budget: BUDGET,
    minimal,
    pages: results.map((r) => ({
      name: r.name,
      path: r.path,
      ...r.lighthouse,
      nextStart: {
        ...r.nextStart,
        rpsRatio: +(r.nextStart.rps / minimal.rps).toFixed(2),
        p99Ratio: +(r.nextStart.p99 / Math.max(1, minimal.p99)).toFixed(2),
      },
      nginx: {
        cacheStatus: r.cacheStatus,
        cached: r.nginxCached,
        static: r.nginxStatic,
        rpsRatio: +(r.nginxCached.rps / r.nginxStatic.rps).toFixed(2),
      },
    })),
  }
  const fails = report.pages.flatMap((p) =>
    Object.entries(BUDGET)
      .filter(([k, min]) => (p.scores[k] ?? 0) < min)
      .map(([k]) => `${p.name} ${k}=${p.scores[k]}`),
  )
  report.withinBudget = fails.length === 0
  report.overBudget = fails

  const rows = report.pages.map((p) =>
    [
      p.name,
      p.scores.performance,
      p.scores.accessibility,
      p.scores['best-practices'],
      p.scores.seo,
      p.lcpMs,
      p.cls,
      p.tbtMs,
      `${p.jsKb} (${p.jsFiles})`,
      `${p.nextStart.rps} (${p.nextStart.rpsRatio}x)`,
      `${p.nextStart.p99} (${p.nextStart.p99Ratio}x)`,
      `${p.nginx.cached.rps} / ${p.nginx.static.rps} (${p.nginx.rpsRatio}x, ${p.nginx.cacheStatus})`,
    ].join(' | '),
  )
  const markdown = [
    `# Bench results (${report.date.slice(0, 10)})`,
    '',
    `Lighthouse 12.2.3, mobile emulation, Debian chromium; autocannon ${CONNECTIONS} connections x ${SECONDS} s; ${report.machine.cpus} CPUs, Node ${process.version}.`,
    `Minimal route ${MINIMAL} on the same \`next start\`: ${minimal.rps} req/s, p99 ${minimal.p99} ms.`,
    '',
    '| page | perf | a11y | best pr. | SEO | LCP ms | CLS | TBT ms | JS KB (files) | next start req/s (vs minimal) | p99 ms (vs minimal) | nginx cached / static req/s (ratio, cache) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    report.withinBudget
      ? 'All pages within budget (performance >= 0.95; accessibility, best practices, SEO = 1).'
      : `Over budget: ${fails.join(', ')}`,
    '',
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
    const log = path.join(temp, 'next-start.log')
    if (existsSync(log))
      console.error(`next start log (last lines):\n${readFileSync(log, 'utf8').split('\n').slice(-20).join('\n')}`)
    process.exit(1)
  },
)
