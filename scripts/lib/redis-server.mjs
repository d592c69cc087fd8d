// @ts-check
// A throwaway Redis server of the machine's own redis-server binary, on a port of its own, that a
// test can stop and start again (the machine's shared Redis on 6379 must keep running for the
// other tests). Nothing is saved to disk.
/** @import { ChildProcess } from 'node:child_process' */
import { spawn, spawnSync } from 'node:child_process'
import { createConnection } from 'node:net'

/** Whether redis-server is installed (the project's machines and CI have it). */
export function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0
}

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether something accepts connections on the port
 */
function listening(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/**
 * @param {() => Promise<boolean>} condition
 * @param {string} what
 */
async function until(condition, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`redis-server: ${what} within ${timeoutMs / 1000}s`)
}

/**
 * A redis-server on 127.0.0.1:`port`, started by `start()`; `stop()` ends it (the port is
 * free again), `start()` brings up a fresh one on the same port.
 * @param {number} port
 */
export function redisServer(port) {
  /** @type {ChildProcess | undefined} */
  let child
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      )
      await until(() => listening(port), 'did not start listening')
    },
    async stop() {
      const running = child
      if (!running) return
      child = undefined
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.kill('SIGTERM')
      await exited
      await until(async () => !(await listening(port)), 'did not stop')
    },
  }
}
