/**
 * The public Sanity settings (NEXT_PUBLIC_SANITY_*), defined once for everything that reads
 * them: the site's server (lib/env.ts adds the secrets), the embedded Studio (bundled for the
 * browser) and the Sanity CLI (plain Node), both through sanity/env.ts. Browser-safe on
 * purpose: no secrets here, and no `server-only`, which throws outside the server bundles.
 */
import { z } from 'zod'
import { optional, parseEnvSchema } from './env-schema'

export const DEFAULT_SANITY_DATASET = 'production'
export const DEFAULT_SANITY_API_VERSION = '2025-10-01'

/** Sanity issues project ids of lowercase letters and digits ("abc123xy"). */
const projectId = z.string().regex(/^[a-z0-9]+$/, 'lowercase letters and digits only, as sanity.io/manage shows it')

/** Sanity's rule for dataset names. */
const datasetName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,63}$/,
    'lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters',
  )

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

const apiVersion = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-10-01')
  .refine(isCalendarDate, 'a date like 2025-10-01')

/** The three variables, for schemas that include them (lib/env.ts). */
export const sanityEnvShape = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: optional(projectId),
  NEXT_PUBLIC_SANITY_DATASET: optional(datasetName).default(DEFAULT_SANITY_DATASET),
  NEXT_PUBLIC_SANITY_API_VERSION: optional(apiVersion).default(DEFAULT_SANITY_API_VERSION),
}

const sanityEnvSchema = z.object(sanityEnvShape)

export type SanityEnv = z.infer<typeof sanityEnvSchema>

/** Blank counts as unset; throws one error naming every bad key. */
export function parseSanityEnv(source: Record<string, string | undefined>): SanityEnv {
  return parseEnvSchema(sanityEnvSchema, source, 'Sanity ')
}
