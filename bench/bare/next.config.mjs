import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Built from this folder with the repository's own `next` (node_modules two levels up). */
const nextConfig = {
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root: path.resolve(here, '../..') },
}

export default nextConfig
