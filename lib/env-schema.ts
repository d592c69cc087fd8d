/**
 * Building blocks shared by the environment schemas (site: lib/env.ts; bookings, care team,
 * rate limits: their config.ts): one reading of a variable, one error that lists every bad key.
 */
import { z } from 'zod'

/** An empty variable (`FOO=`) counts as unset. */
export const blankToUndefined = (value: unknown) => (value === '' ? undefined : value)

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

export const int = (min: number, max: number, fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).default(fallback))

/** A signing or hashing secret. */
export const secret = optional(z.string().min(32, 'at least 32 characters (e.g. openssl rand -hex 32)'))

/** Parses `source`; throws one error naming every bad key, so a deploy fails at once. */
export function parseEnvSchema<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined>,
  label: string,
): z.infer<S> {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid ${label}environment variables:\n${problems.join('\n')}`)
  }
  return result.data
}
