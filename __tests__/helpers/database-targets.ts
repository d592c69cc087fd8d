/**
 * The databases a storage test runs against: in-memory PGlite always, and the PostgreSQL
 * server too when DATABASE_URL is set (CI), each test file in a schema of its own.
 */
import { Pool } from 'pg'
import { createPgliteDb, createPostgresDb, type Db } from '@/lib/consultations/server/db'

export interface DatabaseTarget {
  name: string
  open(): Promise<Db>
  dispose(): Promise<void>
}

const pglite: DatabaseTarget = { name: 'PGlite', open: () => createPgliteDb(), dispose: async () => undefined }

function postgres(url: string, schemaPrefix: string): DatabaseTarget {
  const schema = `${schemaPrefix}_${process.pid}_${Date.now()}`
  const admin = new Pool({ connectionString: url, max: 1 })
  return {
    name: 'PostgreSQL',
    open: async () => {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
      return createPostgresDb(url, { schema })
    },
    dispose: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.end()
    },
  }
}

export function databaseTargets(schemaPrefix: string): DatabaseTarget[] {
  const url = process.env.DATABASE_URL
  return url ? [pglite, postgres(url, schemaPrefix)] : [pglite]
}
