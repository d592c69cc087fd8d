/**
 * Site environment, validated once at start (instrumentation.ts imports this module).
 * Unset Sanity variables select the embedded dataset; a set project id selects Sanity.
 * Holds the read token and the webhook and preview secrets: server code only. The public
 * Sanity variables follow the rules in lib/sanity-env.ts, which the Studio and CLI share.
 */
import 'server-only'
import { z } from 'zod'
import { optional, parseEnvSchema } from './env-schema'
import { sanityEnvShape } from './sanity-env'

const envSchema = z.object({
  ...sanityEnvShape,
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
