/**
 * The one database seam: PostgreSQL through pg.Pool when DATABASE_URL is set, otherwise the
 * embedded PGlite (PostgreSQL compiled to WASM). Both speak the same SQL; the store and the
 * migrations never know which one they got.
 */
import 'server-only'
import path from 'node:path'
import { mkdir } from 'node:fs/promises'

export interface QueryResult<T> {
  rows: T[]
}

export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs several statements (no parameters), e.g. a migration file. */
  exec(sql: string): Promise<void>
  /** Runs fn inside BEGIN/COMMIT on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable & Pick<Db, 'exec'>) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * PGlite has a single connection and queues every query and transaction itself, so
 * concurrent callers are serialised without extra locking here.
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  // Left to Node, not the bundler: PGlite finds its WASM and data files next to its own
  // module, which breaks once its code is copied into a Next.js server chunk.
  const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite')
  const inMemory = !dataDir || dataDir.startsWith('memory://')
  if (!inMemory) await mkdir(path.resolve(dataDir), { recursive: true })
  const pglite = await PGlite.create(inMemory ? undefined : path.resolve(dataDir))
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const result = await pglite.query<T>(sql, [...params])
      return { rows: result.rows }
    },
    exec: async (sql) => {
      await pglite.exec(sql)
    },
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params: readonly unknown[] = []) => ({
            rows: (await tx.query<T>(sql, [...params])).rows,
          }),
          exec: async (sql) => {
            await tx.exec(sql)
          },
        }),
      ),
    close: () => pglite.close(),
  }
}

export interface PostgresOptions {
  maxConnections?: number
  /** Schema to work in (tests use a throwaway one); it must exist. */
  schema?: string
}

export async function createPostgresDb(connectionString: string, options: PostgresOptions = {}): Promise<Db> {
  const { Pool } = await import('pg')
  const { maxConnections = 10, schema } = options
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('Invalid schema name')
  const pool = new Pool({
    connectionString,
    max: maxConnections,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined)
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const result = await pool.query(sql, [...params])
      return { rows: result.rows as T[] }
    },
    exec: async (sql) => {
      await pool.query(sql)
    },
    transaction: async (fn) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn({
          query: async <T>(sql: string, params: readonly unknown[] = []) => ({
            rows: (await client.query(sql, [...params])).rows as T[],
          }),
          exec: async (sql) => {
            await client.query(sql)
          },
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** SQLSTATE and constraint of a database error from either driver, if it is one. */
export function databaseErrorInfo(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {}
  const { code, constraint } = error as { code?: unknown; constraint?: unknown }
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  }
}
