/** Small checks the draft-mode routes share: secret comparison and where to send the editor. */
import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'

/** Constant-time comparison; hashing first makes both sides the same length. */
export function secretsMatch(given: string, expected: string): boolean {
  if (given === '' || expected === '') return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * A path on this site to redirect to, or "/". Refuses anything that would leave the site
 * (`//evil.example`, `/\evil.example`, `https://…`) so the routes cannot be used as open redirects.
 */
export function safeRedirectPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/'
  try {
    const resolved = new URL(candidate, 'http://site.invalid')
    if (resolved.origin !== 'http://site.invalid') return '/'
    return `${resolved.pathname}${resolved.search}${resolved.hash}`
  } catch {
    return '/'
  }
}
