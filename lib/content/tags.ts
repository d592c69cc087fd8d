/**
 * Cache tags. A page is tagged with every document type it shows (a post page shows its
 * author's name, so it carries `person` too), plus `<type>:<slug>` for the document itself.
 * The revalidation webhook maps a changed document back to these tags.
 */
import { ROUTABLE_TYPES } from '@/lib/routes'

/**
 * Every type a page reads through the cache: the routable ones, the singletons, and the
 * documents that carry translations (links between languages, Spanish settings texts and bios).
 */
export const CONTENT_TYPES = [
  'siteSettings',
  'priceList',
  ...ROUTABLE_TYPES,
  'translation.metadata',
  'siteSettingsTranslation',
  'personBioTranslation',
] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const documentTag = (type: ContentType, slug: string): string => `${type}:${slug}`

/** What each query's result is built from, so a change in any of them refreshes the page. */
export const DEPENDS_ON = {
  siteSettings: ['siteSettings', 'siteSettingsTranslation'],
  translations: ['translation.metadata'],
  treatment: ['treatment', 'person', 'post', 'comparisonTable'],
  treatmentList: ['treatment'],
  comparisonTable: ['comparisonTable', 'treatment'],
  post: ['post', 'person', 'category', 'treatment', 'comparisonTable'],
  postList: ['post', 'person', 'category'],
  category: ['category'],
  // Profiles and the team directory name the treatments each person provides.
  person: ['person', 'personBioTranslation', 'treatment'],
  page: ['page', 'post', 'treatment', 'comparisonTable'],
  location: ['location', 'treatment'],
  priceList: ['priceList', 'treatment'],
} as const satisfies Record<string, readonly ContentType[]>
