/**
 * The public Sanity settings (NEXT_PUBLIC_SANITY_*), defined once for everything that reads
 * them: the site's server (lib/env.ts adds the secrets), the embedded Studio (bundled for the
 * browser) and the Sanity CLI (plain Node), both through sanity/env.ts. Browser-safe on
 * purpose: no secrets here, and no `server-only`, which throws outside the server bundles.
 *
 * Written with zod/mini, not the zod the other env schemas use (lib/env-schema.ts): this module
 * ships in the Studio's browser bundle, about 6 KB gzipped instead of about 90 KB. Classic
 * schemas accept these in their shapes, so lib/env.ts includes them as they are.
 */
import * as z from 'zod/mini'

export const DEFAULT_SANITY_DATASET = 'production'
export const DEFAULT_SANITY_API_VERSION = '2025-10-01'

/** An empty variable (`FOO=`) counts as unset, as in lib/env-schema.ts. */
const variable = (check: z.ZodMiniString) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(check),
  )

/** Sanity issues project ids of lowercase letters and digits ("abc123xy"). */
const projectId = z
  .string()
  .check(z.regex(/^[a-z0-9]+$/, 'lowercase letters and digits only, as sanity.io/manage shows it'))

/** Sanity's rule for dataset names. */
const datasetName = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9_-]{0,63}$/,
      'lowercase letters, digits, _ and -, starting with a letter or digit, at most 64 characters',
    ),
  )

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

const apiVersion = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-10-01'), z.refine(isCalendarDate, 'a date like 2025-10-01'))

/** The three variables, for schemas that include them (lib/env.ts). */
export const sanityEnvShape = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: variable(projectId),
  NEXT_PUBLIC_SANITY_DATASET: z._default(variable(datasetName), DEFAULT_SANITY_DATASET),
  NEXT_PUBLIC_SANITY_API_VERSION: z._default(variable(apiVersion), DEFAULT_SANITY_API_VERSION),
}

const sanityEnvSchema = z.object(sanityEnvShape)

export type SanityEnv = z.infer<typeof sanityEnvSchema>

/** Throws one error naming every bad key (the same wording as lib/env-schema.ts). */
export function parseSanityEnv(source: Record<string, string | undefined>): SanityEnv {
  const result = sanityEnvSchema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Invalid Sanity environment variables:\n${problems.join('\n')}`)
}
