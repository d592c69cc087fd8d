/**
 * The content API pages use. Each function names its query, its schema and its tags once;
 * pages never see GROQ, clients or raw documents.
 */
import 'server-only'
import { z } from 'zod'
import { fetchContent, fetchList, fetchOne } from './fetch'
import * as queries from './queries'
import { readContent } from './reader'
import { searchRequest } from './search-query'
import {
  categorySchema,
  comparisonTableSchema,
  locationSchema,
  pageSchema,
  personBioSchema,
  personSchema,
  postCountSchema,
  postSchema,
  postSlugSchema,
  postSummarySchema,
  priceListSchema,
  searchHitSchema,
  searchSettingsSchema,
  siteSettingsSchema,
  siteTextsSchema,
  sitemapDocumentSchema,
  translationSchema,
  translationSetSchema,
  treatmentSchema,
  treatmentSummarySchema,
  type SiteSettings,
} from './schemas'
import { DEPENDS_ON, documentTag } from './tags'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/routes'

export const POSTS_PER_PAGE = 6

const tags = (types: readonly string[], ...extra: string[]) => [...types, ...extra]

/**
 * Site settings in `locale`: the clinic's facts, with the texts (tagline, crisis notice,
 * disclaimer, default SEO) from that language's translation where it has them.
 */
export async function getSiteSettings(locale: Locale = DEFAULT_LOCALE): Promise<SiteSettings> {
  const [settings, texts] = await Promise.all([
    fetchOne({ query: queries.SITE_SETTINGS_QUERY, schema: siteSettingsSchema, tags: tags(DEPENDS_ON.siteSettings) }),
    locale === DEFAULT_LOCALE
      ? null
      : fetchOne({
          query: queries.SITE_TEXTS_QUERY,
          params: { language: locale },
          schema: siteTextsSchema,
          tags: tags(DEPENDS_ON.siteSettings),
        }),
  ])
  // Every page needs the clinic's name, phone and hours; without them the error page is honest.
  if (!settings) throw new Error('Site settings are missing or invalid: publish the "Site settings" document.')
  if (!texts) return settings
  return {
    ...settings,
    tagline: texts.tagline ?? settings.tagline,
    crisisNotice: texts.crisisNotice ?? settings.crisisNotice,
    medicalDisclaimer: texts.medicalDisclaimer ?? settings.medicalDisclaimer,
    seo: texts.seo ?? settings.seo,
  }
}

/** The published translations of document `id` (itself included), by language. */
export async function getTranslations(id: string): Promise<Partial<Record<Locale, string>>> {
  const members = await fetchList({
    query: queries.TRANSLATIONS_QUERY,
    params: { id },
    schema: translationSchema,
    tags: tags(DEPENDS_ON.translations),
  })
  return slugsByLanguage(members)
}

/**
 * A translation set's slugs by language. A member whose document is missing or not published has
 * no slug (the query's dereference comes back null) and is left out, so the page still renders and
 * its language switch leads to the other language's home.
 */
export function slugsByLanguage(
  members: { language: string; slug?: string | null }[],
): Partial<Record<Locale, string>> {
  const published: Partial<Record<Locale, string>> = {}
  for (const { language, slug } of members) if (isLocale(language) && slug) published[language] = slug
  return published
}

export const getTreatments = (locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.TREATMENTS_QUERY,
    params: { language: locale },
    schema: treatmentSummarySchema,
    tags: tags(DEPENDS_ON.treatmentList),
  })

export const getTreatment = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchOne({
    query: queries.TREATMENT_QUERY,
    params: { slug, language: locale },
    schema: treatmentSchema,
    tags: tags(DEPENDS_ON.treatment, documentTag('treatment', slug)),
  })

export const getComparisonTable = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchOne({
    query: queries.COMPARISON_TABLE_QUERY,
    params: { slug, language: locale },
    schema: comparisonTableSchema,
    tags: tags(DEPENDS_ON.comparisonTable, documentTag('comparisonTable', slug)),
  })

export const getComparisonTables = (locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.COMPARISON_TABLES_QUERY,
    params: { language: locale },
    schema: comparisonTableSchema,
    tags: tags(DEPENDS_ON.comparisonTable),
  })

export interface PostsPage {
  posts: z.infer<typeof postSummarySchema>[]
  page: number
  pageCount: number
  total: number
}

/** One page of the article index; `page` is 1-based. */
export async function getPostsPage(page: number, locale: Locale = DEFAULT_LOCALE): Promise<PostsPage> {
  const countTags = tags(DEPENDS_ON.postList)
  const total = postCountSchema.parse(await fetchContent(queries.POST_COUNT_QUERY, { language: locale }, countTags))
  const start = (page - 1) * POSTS_PER_PAGE
  const posts = await fetchList({
    query: queries.POSTS_PAGE_QUERY,
    params: { start, end: start + POSTS_PER_PAGE, language: locale },
    schema: postSummarySchema,
    tags: countTags,
  })
  return { posts, page, total, pageCount: Math.max(1, Math.ceil(total / POSTS_PER_PAGE)) }
}

export const getLatestPosts = (limit: number, locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.POSTS_PAGE_QUERY,
    params: { start: 0, end: limit, language: locale },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPost = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchOne({
    query: queries.POST_QUERY,
    params: { slug, language: locale },
    schema: postSchema,
    tags: tags(DEPENDS_ON.post, documentTag('post', slug)),
  })

/** The posts `next build` renders ahead: the newest hundred (see NEWEST_POST_SLUGS_QUERY). */
export const getNewestPostSlugs = (locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.NEWEST_POST_SLUGS_QUERY,
    params: { language: locale },
    schema: postSlugSchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getCategories = (locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.CATEGORIES_QUERY,
    params: { language: locale },
    schema: categorySchema,
    tags: tags(DEPENDS_ON.category),
  })

export const getCategory = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchOne({
    query: queries.CATEGORY_QUERY,
    params: { slug, language: locale },
    schema: categorySchema,
    tags: tags(DEPENDS_ON.category, documentTag('category', slug)),
  })

export const getPostsInCategory = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.POSTS_IN_CATEGORY_QUERY,
    params: { slug, language: locale },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPeople = () =>
  fetchList({ query: queries.PEOPLE_QUERY, schema: personSchema, tags: tags(DEPENDS_ON.person) })

/** A person; in another language, with that language's job title and biography where written. */
export async function getPerson(slug: string, locale: Locale = DEFAULT_LOCALE) {
  const personTags = tags(DEPENDS_ON.person, documentTag('person', slug))
  const [person, words] = await Promise.all([
    fetchOne({ query: queries.PERSON_QUERY, params: { slug }, schema: personSchema, tags: personTags }),
    locale === DEFAULT_LOCALE
      ? null
      : fetchOne({
          query: queries.PERSON_BIO_QUERY,
          params: { slug, language: locale },
          schema: personBioSchema,
          tags: personTags,
        }),
  ])
  if (!person || !words) return person
  return { ...person, jobTitle: words.jobTitle ?? person.jobTitle, bio: words.bio ?? person.bio }
}

export const getPostsByPerson = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchList({
    query: queries.POSTS_BY_AUTHOR_QUERY,
    params: { slug, language: locale },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPage = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  fetchOne({
    query: queries.PAGE_QUERY,
    params: { slug, language: locale },
    schema: pageSchema,
    tags: tags(DEPENDS_ON.page, documentTag('page', slug)),
  })

export const getLocations = () =>
  fetchList({ query: queries.LOCATIONS_QUERY, schema: locationSchema, tags: tags(DEPENDS_ON.location) })

export const getLocation = (slug: string) =>
  fetchOne({
    query: queries.LOCATION_QUERY,
    params: { slug },
    schema: locationSchema,
    tags: tags(DEPENDS_ON.location, documentTag('location', slug)),
  })

/** The /costs singleton, or null while it is unpublished or invalid (the page is then a 404). */
export const getPriceList = () =>
  fetchOne({ query: queries.PRICE_LIST_QUERY, schema: priceListSchema, tags: tags(DEPENDS_ON.priceList) })

export const getSitemapDocuments = () =>
  fetchList({
    query: queries.SITEMAP_QUERY,
    schema: sitemapDocumentSchema,
    tags: tags(['treatment', 'post', 'comparisonTable', 'person', 'category', 'page', 'location']),
  })

/** Synonyms and crisis phrases for site search; empty lists when Site settings has none. */
export async function getSearchSettings() {
  const settings = await fetchOne({
    query: queries.SEARCH_SETTINGS_QUERY,
    schema: searchSettingsSchema,
    tags: tags(DEPENDS_ON.siteSettings),
  })
  return settings ?? { synonyms: [], crisisPhrases: [] }
}

/**
 * Published documents matching any of `terms` (each a list of words for GROQ's `match`), best
 * first (see ./search-query.ts). Read fresh, never through the data cache: a cache entry would be
 * keyed by what someone searched for and kept on disk (or in Redis), and every new search would
 * add one.
 */
export async function searchContent(terms: readonly (readonly string[])[]) {
  if (terms.length === 0) return []
  const { query, params } = searchRequest(terms)
  return fetchList({ query, params, schema: searchHitSchema, tags: [] }, (text, values) =>
    readContent(text, values, { kind: 'fresh' }),
  )
}
/** Which document ids translate each other, for the sitemap's alternates. */
export const getTranslationSets = () =>
  fetchList({
    query: queries.TRANSLATION_SETS_QUERY,
    schema: translationSetSchema,
    tags: tags(DEPENDS_ON.translations),
  })
