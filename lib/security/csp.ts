/**
 * Content-Security-Policy values. Static pages get theirs from the ISR cache handler
 * (csp-cache-handler.cjs: hashes of the page's own inline scripts, so they stay static and
 * CDN-cacheable); pages rendered per request (booking, staff, draft-mode preview) get a fresh
 * nonce here, which Next adds to every script it renders. Both use csp-directives.json.
 */
import directives from './csp-directives.json'

type Table = Record<string, string[]>

export const CSP_HEADER = 'Content-Security-Policy'

export function serializePolicy(table: Table, extraScriptSources: string[] = []): string {
  return Object.entries(table)
    .map(([name, values]) => [name, ...(name === 'script-src' ? [...values, ...extraScriptSources] : values)].join(' '))
    .join('; ')
}

export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

export interface PagePolicyOptions {
  nonce: string
  /** Draft mode: the Studio's Presentation tool shows the page in an iframe on this origin. */
  framedByStudio: boolean
  /** next dev: React rebuilds server error stacks with eval. Never in production. */
  development: boolean
}

/** The policy of a page rendered for this request. */
export function dynamicPagePolicy({ nonce, framedByStudio, development }: PagePolicyOptions): string {
  const table: Table = { ...directives.site }
  if (framedByStudio) table['frame-ancestors'] = ["'self'"]
  const extra = [`'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])]
  return serializePolicy(table, extra)
}

/** API responses are data, never documents: nothing may load and nobody may frame them. */
export const API_POLICY = serializePolicy(directives.api)

/** The draft-mode switches answer inside the Presentation tool's iframe. */
export const DRAFT_MODE_API_POLICY = serializePolicy({ ...directives.api, 'frame-ancestors': ["'self'"] })
