/**
 * Site environment, validated once at start (instrumentation.ts imports this module).
 * Unset Sanity variables select the embedded dataset; a set project id selects Sanity.
 */
import { z } from 'zod'
import { optional, parseEnvSchema } from './env-schema'

const envSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: optional(
    z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only'),
  ),
  NEXT_PUBLIC_SANITY_DATASET: optional(z.string().regex(/^[a-z0-9_-]{1,64}$/, 'lowercase dataset name')).default(
    'production',
  ),
  NEXT_PUBLIC_SANITY_API_VERSION: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-10-01')).default(
    '2025-10-01',
  ),
  SANITY_API_READ_TOKEN: optional(z.string().min(1)),
  /**
   * Server-side reads only: send queries to this origin instead of the project's api.sanity.io
   * host (a proxy in front of the Content Lake; the outage test's stand-in).
   */
  SANITY_API_HOST: optional(z.url({ protocol: /^https?$/ })),
  /** Shared with the Sanity webhook; /api/revalidate refuses every call while it is unset. */
  SANITY_REVALIDATE_SECRET: optional(z.string().min(16, 'at least 16 characters')),
  /**
   * Embedded-dataset mode only: the secret /api/draft-mode/enable?secret=… expects. Unset means
   * no preview at all (the route answers 404). In Sanity mode the Studio's own secret is used.
   */
  SANITY_PREVIEW_SECRET: optional(z.string().min(16, 'at least 16 characters')),
  CONTENT_DATASET_DIR: optional(z.string().min(1)).default('sanity/seed'),
  SITE_URL: optional(z.url({ protocol: /^https?$/ })).default('http://localhost:3000'),
})

export type Env = z.infer<typeof envSchema>

/** Parses an environment; throws one error naming every bad key so a deploy fails at once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseEnvSchema(envSchema, source, '')
}

export const env: Env = parseEnv(process.env)

export const contentMode: 'sanity' | 'local' = env.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'local'
