// @ts-check
// Small helpers shared by the scripts that start servers: the e2e runner, the fault test and
// the bench. Plain JS that node runs as it is; the JSDoc types are checked by `npm run typecheck`
// (__tests__/e2e/tsconfig.json), and the line above makes editors check them too.
/** @import { ChildProcess } from 'node:child_process' */
import { createServer } from 'node:net'

/**
 * A port that was free a moment ago on the loopback interface.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      // A TCP listener's address is an object; a string would be a pipe's path.
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Resolves once `url` answers below 500; fails early if `child` exits first.
 * @param {string} url
 * @param {ChildProcess} [child]
 */
export async function waitForServer(url, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}
