// Builds the site, serves it with `next start` on a free port, and runs every
// __tests__/e2e/*.test.mjs file with node's test runner against it.
// E2E_BASE_URL=<url> skips build and server (test an already running site); E2E_SKIP_BUILD=1
// serves the existing build.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes, scryptSync } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
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
// Care team: a made-up staff password (its scrypt hash goes to the server, the password to the
// tests), per-run secrets, and an SMTP port that staff.test.mjs listens on with smtp-server.
// Until it does, the server's outbox worker just retries: nothing is lost.
const staffPassword = randomBytes(12).toString('base64url')
const staffSalt = randomBytes(16)
const staffHash = `scrypt$16384$8$1$${staffSalt.toString('base64url')}$${scryptSync(staffPassword, staffSalt, 32, { N: 16384, r: 8, p: 1 }).toString('base64url')}`
const smtpPort = ownServer ? await freePort() : undefined
const env = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  BOOKINGS_DATA_DIR: process.env.BOOKINGS_DATA_DIR ?? dataDir,
  ...(ownServer && {
    CONTENT_DATASET_DIR: contentDir,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET ?? randomBytes(24).toString('hex'),
    SANITY_PREVIEW_SECRET: process.env.SANITY_PREVIEW_SECRET ?? randomBytes(24).toString('hex'),
    STAFF_PASSWORD_HASH: staffHash,
    E2E_STAFF_PASSWORD: staffPassword,
    STAFF_SESSION_SECRET: randomBytes(32).toString('hex'),
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

let server
let baseUrl = process.env.E2E_BASE_URL
try {
  if (!baseUrl) {
    const build = process.env.E2E_SKIP_BUILD
      ? { status: 0 }
      : spawnSync(next, ['build'], { cwd: root, env, stdio: 'inherit' })
    if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`)
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    await waitForServer(`${baseUrl}/`, server)
  }
  // `npm run test:e2e -- smoke seo` runs only the files whose names contain those words.
  const only = process.argv.slice(2)
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((word) => f.includes(word))))
    .sort()
    .map((f) => path.join(here, f))
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    env: { ...env, E2E_BASE_URL: baseUrl },
    stdio: 'inherit',
  })
  process.exitCode = run.status ?? 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  server?.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(contentDir, { recursive: true, force: true })
}
