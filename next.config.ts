import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // ESM-only packages: next/jest turns this list into transformIgnorePatterns too.
  transpilePackages: ['@portabletext/react', '@portabletext/toolkit', '@portabletext/types', '@sanity/image-url'],
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
