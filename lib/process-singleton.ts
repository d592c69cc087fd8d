/**
 * One value per Node.js process, whichever bundle asks for it.
 *
 * Next.js compiles route handlers, pages, Server Actions, the proxy and instrumentation into
 * separate bundles, each with its own copy of a module's top-level variables, and `next dev`
 * evaluates modules again after every edit. A database handle, a worker timer, a connection
 * pool or a per-process secret must exist once (two PGlite instances on one folder corrupt
 * it), and a parsed config should not be parsed again per bundle. So each such value lives in
 * one registry on `globalThis`, under a name of its own.
 *
 * Not for patient data: the values here are handles, settings and counters.
 */

const REGISTRY = Symbol.for('clinic-site.process-singletons')

type Registry = Map<string, unknown>

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry }
  holder[REGISTRY] ??= new Map()
  return holder[REGISTRY]
}

/**
 * The process's value for `name`, made by `create` on first use. A `create` that throws
 * stores nothing, so the next call tries again (a config fixed in the environment, a
 * database that came back). Keep a rejected Promise out of it for the same reason: store the
 * Promise only after it settled, or let the caller drop it on failure with `forget`.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const values = registry()
  if (values.has(name)) return values.get(name) as T
  const value = create()
  values.set(name, value)
  return value
}

/** Drops `name`, so the next `processSingleton` call creates it again (tests, failed opens). */
export function forgetProcessSingleton(name: string): void {
  registry().delete(name)
}
