/**
 * Versioned SQL migrations: lib/consultations/server/migrations/NNNN_name.sql, applied in order,
 * each once, recorded in schema_migrations with a checksum. One transaction under an
 * advisory lock, so several app instances starting together apply them exactly once.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from './db'

// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK = 7_265_011

export interface Migration {
  version: string
  sql: string
  checksum: string
}

const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/

/**
 * Reads lib/consultations/server/migrations/*.sql relative to the app's root. The paths are spelled
 * out in full so the Next.js build traces exactly this folder into the server output.
 */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(path.join(process.cwd(), 'lib', 'consultations', 'server', 'migrations')))
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(path.join(process.cwd(), 'lib', 'consultations', 'server', 'migrations', file), 'utf8')
      return { version: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') }
    }),
  )
}

/** Applies pending migrations; returns the versions it applied. */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations())
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const { rows } = await tx.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    )
    const applied = new Map(rows.map((row) => [row.version, row.checksum]))
    const done: string[] = []
    for (const migration of all) {
      const checksum = applied.get(migration.version)
      if (checksum !== undefined) {
        // An edited migration would leave databases that ran the old text silently different.
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.version} changed after it was applied; add a new migration instead.`)
        }
        continue
      }
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [
        migration.version,
        migration.checksum,
      ])
      done.push(migration.version)
    }
    return done
  })
}
