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
  personSchema,
  postCountSchema,
  postSchema,
  postSlugSchema,
  postSummarySchema,
  priceListSchema,
  searchHitSchema,
  searchSettingsSchema,
  siteSettingsSchema,
  sitemapDocumentSchema,
  treatmentSchema,
  treatmentSummarySchema,
  type SiteSettings,
} from './schemas'
import { DEPENDS_ON, documentTag } from './tags'

export const POSTS_PER_PAGE = 6

const tags = (types: readonly string[], ...extra: string[]) => [...types, ...extra]

export async function getSiteSettings(): Promise<SiteSettings> {
  const settings = await fetchOne({
    query: queries.SITE_SETTINGS_QUERY,
    schema: siteSettingsSchema,
    tags: tags(DEPENDS_ON.siteSettings),
  })
  // Every page needs the clinic's name, phone and hours; without them the error page is honest.
  if (!settings) throw new Error('Site settings are missing or invalid: publish the "Site settings" document.')
  return settings
}

export const getTreatments = () =>
  fetchList({ query: queries.TREATMENTS_QUERY, schema: treatmentSummarySchema, tags: tags(DEPENDS_ON.treatmentList) })

export const getTreatment = (slug: string) =>
  fetchOne({
    query: queries.TREATMENT_QUERY,
    params: { slug },
    schema: treatmentSchema,
    tags: tags(DEPENDS_ON.treatment, documentTag('treatment', slug)),
  })

export const getComparisonTable = (slug: string) =>
  fetchOne({
    query: queries.COMPARISON_TABLE_QUERY,
    params: { slug },
    schema: comparisonTableSchema,
    tags: tags(DEPENDS_ON.comparisonTable, documentTag('comparisonTable', slug)),
  })

export const getComparisonTables = () =>
  fetchList({
    query: queries.COMPARISON_TABLES_QUERY,
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
export async function getPostsPage(page: number): Promise<PostsPage> {
  const countTags = tags(DEPENDS_ON.postList)
  const total = postCountSchema.parse(await fetchContent(queries.POST_COUNT_QUERY, {}, countTags))
  const start = (page - 1) * POSTS_PER_PAGE
  const posts = await fetchList({
    query: queries.POSTS_PAGE_QUERY,
    params: { start, end: start + POSTS_PER_PAGE },
    schema: postSummarySchema,
    tags: countTags,
  })
  return { posts, page, total, pageCount: Math.max(1, Math.ceil(total / POSTS_PER_PAGE)) }
}

export const getLatestPosts = (limit: number) =>
  fetchList({
    query: queries.POSTS_PAGE_QUERY,
    params: { start: 0, end: limit },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPost = (slug: string) =>
  fetchOne({
    query: queries.POST_QUERY,
    params: { slug },
    schema: postSchema,
    tags: tags(DEPENDS_ON.post, documentTag('post', slug)),
  })

/** The posts `next build` renders ahead: the newest hundred (see NEWEST_POST_SLUGS_QUERY). */
export const getNewestPostSlugs = () =>
  fetchList({ query: queries.NEWEST_POST_SLUGS_QUERY, schema: postSlugSchema, tags: tags(DEPENDS_ON.postList) })

export const getCategories = () =>
  fetchList({ query: queries.CATEGORIES_QUERY, schema: categorySchema, tags: tags(DEPENDS_ON.category) })

export const getCategory = (slug: string) =>
  fetchOne({
    query: queries.CATEGORY_QUERY,
    params: { slug },
    schema: categorySchema,
    tags: tags(DEPENDS_ON.category, documentTag('category', slug)),
  })

export const getPostsInCategory = (slug: string) =>
  fetchList({
    query: queries.POSTS_IN_CATEGORY_QUERY,
    params: { slug },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPeople = () =>
  fetchList({ query: queries.PEOPLE_QUERY, schema: personSchema, tags: tags(DEPENDS_ON.person) })

export const getPerson = (slug: string) =>
  fetchOne({
    query: queries.PERSON_QUERY,
    params: { slug },
    schema: personSchema,
    tags: tags(DEPENDS_ON.person, documentTag('person', slug)),
  })

export const getPostsByPerson = (slug: string) =>
  fetchList({
    query: queries.POSTS_BY_AUTHOR_QUERY,
    params: { slug },
    schema: postSummarySchema,
    tags: tags(DEPENDS_ON.postList),
  })

export const getPage = (slug: string) =>
  fetchOne({
    query: queries.PAGE_QUERY,
    params: { slug },
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
