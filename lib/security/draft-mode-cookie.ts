/**
 * Whether a request's draft-mode cookie is the live one. Next renders a draft-mode request
 * per request only when the cookie holds this build's preview id; a stale cookie (an old build,
 * a hand-made value) gets the static page, which brings its own policy, so the proxy must not
 * add a second (nonce) one: two policies would both apply and block the page's scripts.
 */
import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { processSingleton } from '@/lib/process-singleton'

function loadPreviewModeId(): string | null {
  try {
    const file = path.join(
      /* turbopackIgnore: true */ process.cwd(),
      process.env.NEXT_DIST_DIR ?? '.next',
      'server',
      'preview-props.json',
    )
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'previewModeId' in parsed &&
      typeof parsed.previewModeId === 'string'
    ) {
      return parsed.previewModeId
    }
  } catch {
    // next dev keeps it elsewhere; there every page renders per request anyway.
  }
  return null
}

export function isLiveDraftModeCookie(value: string | undefined): boolean {
  if (value === undefined) return false
  // The build's id, read once per process (null under next dev, where it lives elsewhere).
  const previewModeId = processSingleton('security:preview-mode-id', loadPreviewModeId)
  return previewModeId === null ? true : value === previewModeId
}
