/**
 * Page metadata in one place: canonical URL, Open Graph, Twitter card and robots, with the
 * document's own SEO fields (meta title, description, OG image, noindex) taking precedence.
 */
import type { Metadata } from 'next'
import { contentMode } from '@/lib/env'
import { imageUrl } from '@/lib/content/image-url'
import type { Seo } from '@/lib/content/schemas'
import { OG_LOCALES } from '@/lib/i18n'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/routes'
import { hreflangUrls, type Alternates } from './alternates'
import { absoluteUrl } from './site-url'

export interface PageSeoInput {
  title: string
  description: string
  path: string
  seo?: Seo
  type?: 'website' | 'article' | 'profile'
  /** A generated card (see app/og) used when the document has no OG image of its own. */
  ogImagePath?: string
  noIndex?: boolean
  publishedTime?: string
  modifiedTime?: string
  /** The page's language (default English). */
  locale?: Locale
  /**
   * This page's path in each language it exists in, itself included (lib/seo/alternates:
   * `documentAlternates`, `fixedAlternates`). With two or more, the page names its translations.
   */
  alternates?: Alternates
}

const OG_WIDTH = 1200
const OG_HEIGHT = 630

function ogImage(input: PageSeoInput): { url: string; width: number; height: number; alt: string } | undefined {
  const own = input.seo?.ogImage
  // Seed images are SVG, which social networks do not render; only the Sanity CDN can rasterise them.
  if (own && contentMode === 'sanity') {
    return {
      url: imageUrl(own, OG_WIDTH),
      width: OG_WIDTH,
      height: Math.round((own.height / own.width) * OG_WIDTH),
      alt: own.alt,
    }
  }
  if (input.ogImagePath)
    return { url: absoluteUrl(input.ogImagePath), width: OG_WIDTH, height: OG_HEIGHT, alt: input.title }
  return undefined
}

export function pageMetadata(input: PageSeoInput): Metadata {
  const title = input.seo?.metaTitle || input.title
  const description = input.seo?.metaDescription || input.description
  const url = absoluteUrl(input.path)
  const image = ogImage(input)
  const noIndex = Boolean(input.noIndex || input.seo?.noIndex)
  const locale = input.locale ?? DEFAULT_LOCALE
  const languages = hreflangUrls(input.alternates)
  const otherLocales = languages
    ? LOCALES.filter((other) => other !== locale && input.alternates?.[other] !== undefined)
    : []
  return {
    title,
    description,
    alternates: { canonical: url, ...(languages ? { languages } : {}) },
    openGraph: {
      title,
      description,
      url,
      type: input.type ?? 'website',
      locale: OG_LOCALES[locale],
      ...(otherLocales.length > 0 ? { alternateLocale: otherLocales.map((other) => OG_LOCALES[other]) } : {}),
      ...(image ? { images: [image] } : {}),
      ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
      ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      ...(image ? { images: [image.url] } : {}),
    },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
