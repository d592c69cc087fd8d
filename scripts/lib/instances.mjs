// @ts-check
// Several `next start` processes of one build, for `npm run cluster` and the two-instance e2e test.
/** @import { ChildProcess } from 'node:child_process' */
import { spawn } from 'node:child_process'
import { openSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, waitForServer } from './processes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const next = path.join(root, 'node_modules/.bin/next')

/**
 * @typedef {{ url: string, port: number, child: ChildProcess, logFile: string }} Instance
 */

/**
 * Starts `count` instances on free loopback ports and waits until each answers.
 * @param {{ count: number, envFor: (index: number) => NodeJS.ProcessEnv, logDir: string }} options
 *   envFor: each instance's environment (NEXT_DIST_DIR names the build they share);
 *   logDir: where each instance's stdout and stderr go (instance-1.log, ...)
 * @returns {Promise<{ instances: Instance[], stop: () => Promise<void> }>}
 */
export async function startInstances({ count, envFor, logDir }) {
  /** @type {Instance[]} */
  const instances = []
  const stop = async () => {
    await Promise.all(
      instances.map(({ child }) =>
        child.exitCode === null
          ? new Promise((resolve) => {
              child.once('exit', resolve)
              child.kill('SIGTERM')
            })
          : undefined,
      ),
    )
  }
  try {
    for (let index = 0; index < count; index++) {
      const port = await freePort()
      const logFile = path.join(logDir, `instance-${index + 1}.log`)
      const log = openSync(logFile, 'a')
      const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: root,
        env: envFor(index),
        stdio: ['ignore', log, log],
      })
      instances.push({ url: `http://127.0.0.1:${port}`, port, child, logFile })
    }
    await Promise.all(instances.map(({ url, child }) => waitForServer(`${url}/`, child)))
  } catch (error) {
    await stop()
    throw error
  }
  return { instances, stop }
}
