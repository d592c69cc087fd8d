import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo/site-url'
import { apiPaths, paths } from '@/lib/routes'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: [
          paths.studio(),
          apiPaths.root(),
          paths.consultationThanks(),
          paths.consultationCancel(),
          paths.staff(),
        ],
      },
    ],
    sitemap: absoluteUrl(paths.sitemap()),
  }
}
