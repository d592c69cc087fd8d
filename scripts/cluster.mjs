// @ts-check
// `npm run cluster`: the production topology on one machine. nginx (deploy/nginx.conf's site
// locations, an upstream of two) in front of two `next start` instances of one build, sharing the
// machine's PostgreSQL (bookings, mail outbox) and Redis (page cache, tag revalidations, rate
// limits). Builds first if there is no build. Ctrl-C stops everything.
//
// Environment (all optional): CLUSTER_PORT (nginx, default 8080), NEXT_DIST_DIR (default .next),
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), REDIS_URL (default
// redis://127.0.0.1:6379); secrets made up for this run unless set. Everything else is passed on.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startInstances } from './lib/instances.mjs'
import { loopbackNginxConfig } from './lib/nginx-config.mjs'
import { waitForServer } from './lib/processes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.CLUSTER_PORT ?? 8080)
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const secret = () => randomBytes(24).toString('hex')

/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  // The same value on every instance: rate-limit keys and signed links must agree.
  RATE_LIMIT_SECRET: process.env.RATE_LIMIT_SECRET ?? secret(),
  SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET ?? secret(),
  SANITY_PREVIEW_SECRET: process.env.SANITY_PREVIEW_SECRET ?? secret(),
  BOOKING_TOKEN_SECRET: process.env.BOOKING_TOKEN_SECRET ?? secret(),
}

/** @param {string} message */
function fail(message) {
  console.error(`npm run cluster: ${message}`)
  process.exit(1)
}

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate))
if (!nginx) fail('nginx is not installed (apt-get install -y nginx)')
const database = new URL(env.DATABASE_URL ?? '')
if (spawnSync('pg_isready', ['-q', '-h', database.hostname, '-p', database.port || '5432']).status !== 0)
  fail(`PostgreSQL is not answering at ${database.host} (DATABASE_URL)`)
const redis = new URL(env.REDIS_URL ?? '')
if (
  spawnSync('redis-cli', ['-h', redis.hostname, '-p', redis.port || '6379', 'ping'], {
    encoding: 'utf8',
  }).stdout.trim() !== 'PONG'
)
  fail(`Redis is not answering at ${redis.host} (REDIS_URL)`)

if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log(`No build in ${distDir}: building ...`)
  if (
    spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, env, stdio: 'inherit' }).status !== 0
  )
    fail('next build failed')
}

const temp = mkdtempSync(path.join(tmpdir(), 'clinic-cluster-'))
const cluster = await startInstances({ count: 2, envFor: () => env, logDir: temp })
const confFile = path.join(temp, 'nginx.conf')
writeFileSync(
  confFile,
  loopbackNginxConfig({ port, upstreams: cluster.instances.map((i) => `127.0.0.1:${i.port}`), tempDir: temp }),
)
const proxy = spawn(/** @type {string} */ (nginx), ['-c', confFile, '-p', temp], { stdio: 'inherit' })

async function shutdown() {
  proxy.kill('SIGTERM')
  await cluster.stop()
  rmSync(temp, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

await waitForServer(`http://127.0.0.1:${port}/`, proxy)
console.log(`
Cluster up: nginx http://localhost:${port}/ -> ${cluster.instances.map((i) => i.url).join(', ')}
  PostgreSQL ${database.host}, Redis ${redis.host}, build ${distDir}
  instance logs: ${cluster.instances.map((i) => i.logFile).join(', ')}
  publish webhook: POST /api/revalidate signed with SANITY_REVALIDATE_SECRET=${env.SANITY_REVALIDATE_SECRET}
Ctrl-C stops it.`)
