// What the browser tests put on `window` inside page.evaluate() and addInitScript(), and what
// they read from Next.js there. Only the e2e project sees this (__tests__/e2e/tsconfig.json).
declare global {
  interface Window {
    /** Set by booking.test.mjs before submitting: survives a client-side navigation only. */
    __sameDocument?: boolean
    /** Filled by headers.test.mjs from `securitypolicyviolation` events. */
    __cspViolations: string[]
    /** Set by Next.js once the app has hydrated. */
    next?: { version: string }
  }
}

export {}
