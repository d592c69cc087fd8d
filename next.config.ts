import path from 'node:path'
import type { NextConfig } from 'next'
import { securityHeaderRules } from './lib/security/headers'

const nextConfig: NextConfig = {
  // ESM-only packages: next/jest turns this list into transformIgnorePatterns too.
  transpilePackages: ['@portabletext/react', '@portabletext/toolkit', '@portabletext/types', '@sanity/image-url'],
  // Lets parallel dev servers and test builds keep separate output folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // next dev would print Server Action arguments, which include a patient's name and phone.
  logging: { serverFunctions: false },
  reactStrictMode: true,
  // app/global-not-found.tsx answers unmatched URLs (see why there).
  experimental: { globalNotFound: true },
  // Next's file-system ISR cache plus a hash-based Content-Security-Policy per cached page, so
  // pages stay static (and CDN-cacheable) under a policy without 'unsafe-inline' scripts.
  cacheHandler: path.join(process.cwd(), 'lib/security/csp-cache-handler.cjs'),
  async headers() {
    return securityHeaderRules()
  },
}

export default nextConfig
