/** Whether a draft-mode cookie is this build's: read from the build's preview-props.json, once. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { isLiveDraftModeCookie } from '@/lib/security/draft-mode-cookie'

const build = mkdtempSync(path.join(tmpdir(), 'draft-cookie-build-'))
const propsFile = path.join(build, 'server', 'preview-props.json')
const savedDistDir = process.env.NEXT_DIST_DIR

beforeEach(() => {
  forgetProcessSingleton('security:preview-mode-id')
  mkdirSync(path.dirname(propsFile), { recursive: true })
  writeFileSync(propsFile, JSON.stringify({ previewModeId: 'this-build' }))
  // An absolute dist dir: path.join(cwd, absolute) stays under cwd, so use a relative one.
  process.env.NEXT_DIST_DIR = path.relative(process.cwd(), build)
})
afterAll(() => {
  if (savedDistDir === undefined) delete process.env.NEXT_DIST_DIR
  else process.env.NEXT_DIST_DIR = savedDistDir
  rmSync(build, { recursive: true, force: true })
  forgetProcessSingleton('security:preview-mode-id')
})

describe('isLiveDraftModeCookie', () => {
  it('accepts only the cookie of this build', () => {
    expect(isLiveDraftModeCookie('this-build')).toBe(true)
    expect(isLiveDraftModeCookie('an-older-build')).toBe(false)
    expect(isLiveDraftModeCookie(undefined)).toBe(false)
  })

  it('reads the build’s id once per process', () => {
    expect(isLiveDraftModeCookie('this-build')).toBe(true)
    writeFileSync(propsFile, JSON.stringify({ previewModeId: 'rewritten' }))
    expect(isLiveDraftModeCookie('this-build')).toBe(true)
  })

  it('treats any cookie as live where the build keeps no id (next dev)', () => {
    rmSync(propsFile)
    expect(isLiveDraftModeCookie('anything')).toBe(true)
  })
})
