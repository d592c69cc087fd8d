import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // ESM-only packages: next/jest turns this list into transformIgnorePatterns too.
  transpilePackages: ['@portabletext/react', '@portabletext/toolkit', '@portabletext/types', '@sanity/image-url'],
  // Lets parallel dev servers and test builds keep separate output folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // next dev would print Server Action arguments, which include a patient's name and phone.
  logging: { serverFunctions: false },
  reactStrictMode: true,
}

export default nextConfig
