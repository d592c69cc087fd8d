// Builds the site, serves it with `next start` on a free port, and runs every
// __tests__/e2e/*.test.mjs file with node's test runner against it.
// E2E_BASE_URL=<url> skips build and server (test an already running site); E2E_SKIP_BUILD=1
// serves the existing build.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, waitForServer } from '../../scripts/lib/processes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const here = path.join(root, '__tests__/e2e')
const next = path.join(root, 'node_modules/.bin/next')

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e'
// Bookings made by the tests go to a throwaway PGlite folder unless a real server is configured.
const dataDir = mkdtempSync(path.join(tmpdir(), 'clinic-e2e-'))
// The server we start reads a throwaway copy of the seed dataset (the publish test edits it)
// and a webhook secret made up per run; the tests read both from their environment. A server
// given by E2E_BASE_URL keeps whatever CONTENT_DATASET_DIR and secret the caller exports.
const ownServer = !process.env.E2E_BASE_URL
const contentDir = mkdtempSync(path.join(tmpdir(), 'clinic-e2e-content-'))
if (ownServer) cpSync(path.join(root, 'sanity/seed'), contentDir, { recursive: true })
// Care team: the inbox on its own origin, two accounts invited before the server starts (PGlite
// allows one process per folder), per-run secrets, and an SMTP port that staff.test.mjs listens
// on with smtp-server. Until it does, the server's outbox worker just retries: nothing is lost.
// The staff origin is localhost (passkeys need a host name, never an IP address) on a port of its
// own, forwarded to the server: Next names its own origin localhost:<port> inside (a rewrite to
// the 404 page runs the proxy again as that host), so the staff host must not be that one.
const port = ownServer ? await freePort() : undefined
const staffPort = ownServer ? await freePort() : undefined
const smtpPort = ownServer ? await freePort() : undefined
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  BOOKINGS_DATA_DIR: process.env.BOOKINGS_DATA_DIR ?? dataDir,
  ...(ownServer && {
    CONTENT_DATASET_DIR: contentDir,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET ?? randomBytes(24).toString('hex'),
    SANITY_PREVIEW_SECRET: process.env.SANITY_PREVIEW_SECRET ?? randomBytes(24).toString('hex'),
    STAFF_ORIGIN: `http://localhost:${staffPort}`,
    BOOKING_TOKEN_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // staff.test.mjs's smtp-server on loopback has no STARTTLS; any other host still requires TLS.
    SMTP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
    E2E_SMTP_PORT: String(smtpPort),
    MAIL_FROM: 'care@clinic.example',
    OUTBOX_POLL_SECONDS: '1',
  }),
  NEXT_TELEMETRY_DISABLED: '1',
}

/**
 * `npm run staff:invite` as an operator runs it; returns the path of the link it printed.
 * @param {string[]} args
 */
function invite(args) {
  const run = spawnSync('npm', ['run', '--silent', 'staff:invite', '--', ...args], { cwd: root, env, encoding: 'utf8' })
  const link = /https?:\/\/\S+(\/staff\/enrol\/\S+)/.exec(run.stdout)
  if (run.status !== 0 || !link) throw new Error(`staff:invite failed (${run.status}): ${run.stderr}`)
  return link[1]
}

let server
/** @type {import('node:net').Server | undefined} */
let staffForwarder
let baseUrl = process.env.E2E_BASE_URL
try {
  if (!baseUrl) {
    const build = process.env.E2E_SKIP_BUILD
      ? { status: 0 }
      : spawnSync(next, ['build'], { cwd: root, env, stdio: 'inherit' })
    if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`)
    env.E2E_STAFF_ORIGIN = env.STAFF_ORIGIN
    env.E2E_ENROL_ADMIN = invite(['--name', 'Ada Admin (e2e)', '--email', 'ada@clinic.example', '--role', 'admin'])
    env.E2E_ENROL_INTAKE = invite([
      '--name',
      'Riley Intake (e2e)',
      '--email',
      'riley@clinic.example',
      '--role',
      'intake',
    ])
    baseUrl = `http://127.0.0.1:${port}`
    server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    await waitForServer(`${baseUrl}/`, server)
    staffForwarder = createServer((client) => {
      const upstream = connect(Number(port), '127.0.0.1')
      client.pipe(upstream).pipe(client)
      const close = () => (client.destroy(), upstream.destroy())
      client.on('error', close)
      upstream.on('error', close)
    }).listen(Number(staffPort), 'localhost')
  }
  // `npm run test:e2e -- smoke seo` runs only the files whose names contain those words.
  const only = process.argv.slice(2)
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((word) => f.includes(word))))
    .sort()
    .map((f) => path.join(here, f))
  // Not spawnSync: this process keeps forwarding the staff origin while the tests run.
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    env: { ...env, E2E_BASE_URL: baseUrl },
    stdio: 'inherit',
  })
  /** @type {number | null} */
  const status = await new Promise((resolve) => tests.on('exit', (code) => resolve(code)))
  process.exitCode = status ?? 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  staffForwarder?.close()
  server?.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(contentDir, { recursive: true, force: true })
}
