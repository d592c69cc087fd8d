/**
 * Site environment, validated once at start (instrumentation.ts imports this module).
 * Unset Sanity variables select the embedded dataset; a set project id selects Sanity.
 * Holds the read token and the webhook and preview secrets: server code only. The public
 * Sanity variables follow the rules in lib/sanity-env.ts, which the Studio and CLI share.
 */
import 'server-only'
import { z } from 'zod'
import { blankToUndefined, optional, parseEnvSchema, secret } from './env-schema'
import { sanityEnvShape } from './sanity-env'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Only an origin: https, or plain http on this machine (development). */
const staffOrigin = z
  .url({ protocol: /^https?$/ })
  .refine((value) => {
    // zod runs refinements after a failed check too: a value that is no URL is reported once.
    if (!URL.canParse(value)) return true
    const url = new URL(value)
    const secure = url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname)
    return secure && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
  }, 'an origin such as https://staff.example.com (http:// only for localhost), no path')
  .transform((value) => new URL(value).origin)

const envSchema = z.object({
  ...sanityEnvShape,
  SANITY_API_READ_TOKEN: optional(z.string().min(1)),
  /**
   * Server-side reads only: send queries to this origin instead of the project's api.sanity.io
   * host (a proxy in front of the Content Lake; the outage test's stand-in).
   */
  SANITY_API_HOST: optional(z.url({ protocol: /^https?$/ })),
  /** Shared with the Sanity webhook; /api/revalidate refuses every call while it is unset. */
  SANITY_REVALIDATE_SECRET: secret,
  /**
   * Embedded-dataset mode only: the secret /api/draft-mode/enable?secret=… expects. Unset means
   * no preview at all (the route answers 404). In Sanity mode the Studio's own secret is used.
   */
  SANITY_PREVIEW_SECRET: secret,
  CONTENT_DATASET_DIR: optional(z.string().min(1)).default('sanity/seed'),
  SITE_URL: optional(z.url({ protocol: /^https?$/ })).default('http://localhost:3000'),
  /**
   * The care team's own origin (https://staff.example-clinic.com). Set, /staff answers only on
   * this host and this host serves nothing else, so no script of the public site or the Studio
   * ever runs on the origin that shows patient data (proxy.ts, lib/security/host-rules.ts).
   */
  STAFF_ORIGIN: optional(staffOrigin),
  /** `false` answers /studio with the 404 page: for sites whose Studio is hosted by Sanity. */
  STUDIO_ENABLED: z.preprocess(blankToUndefined, z.stringbool().default(true)),
})

const hostOf = (value: unknown) => (typeof value === 'string' && URL.canParse(value) ? new URL(value).host : null)

// One host for both would leave the public site answering nothing but /staff. (zod runs this
// even when a field failed, with the raw values: hence hostOf.)
const checkedEnvSchema = envSchema.refine(
  (env) => !env.STAFF_ORIGIN || hostOf(env.STAFF_ORIGIN) !== hostOf(env.SITE_URL),
  { path: ['STAFF_ORIGIN'], message: 'must be another host than SITE_URL' },
)

export type Env = z.infer<typeof envSchema>

/** Parses an environment; throws one error naming every bad key so a deploy fails at once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseEnvSchema(checkedEnvSchema, source, '')
}

export const env: Env = parseEnv(process.env)

export const contentMode: 'sanity' | 'local' = env.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'local'
