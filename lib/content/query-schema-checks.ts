/**
 * One line per GROQ query: the zod schema its result is validated with (lib/content/index.ts,
 * lib/seo/route-table.ts, lib/mail/clinic-info.ts) must fit the type `npm run typegen`
 * generated for it. A change to a query or to sanity/schemaTypes that a schema no longer fits
 * fails `tsc` on that line, naming the field (see ./query-type-check.ts).
 */
import type * as generated from '@/sanity.types'
import type { Assert, SchemaFitsQuery } from './query-type-check'
import type * as schemas from './schemas'

export interface QueryResultsFitSchemas {
  SITE_SETTINGS_QUERY: Assert<SchemaFitsQuery<generated.SITE_SETTINGS_QUERY_RESULT, typeof schemas.siteSettingsSchema>>
  TREATMENTS_QUERY: Assert<SchemaFitsQuery<generated.TREATMENTS_QUERY_RESULT, typeof schemas.treatmentSummarySchema>>
  TREATMENT_QUERY: Assert<SchemaFitsQuery<generated.TREATMENT_QUERY_RESULT, typeof schemas.treatmentSchema>>
  COMPARISON_TABLE_QUERY: Assert<
    SchemaFitsQuery<generated.COMPARISON_TABLE_QUERY_RESULT, typeof schemas.comparisonTableSchema>
  >
  COMPARISON_TABLES_QUERY: Assert<
    SchemaFitsQuery<generated.COMPARISON_TABLES_QUERY_RESULT, typeof schemas.comparisonTableSchema>
  >
  POSTS_PAGE_QUERY: Assert<SchemaFitsQuery<generated.POSTS_PAGE_QUERY_RESULT, typeof schemas.postSummarySchema>>
  POSTS_IN_CATEGORY_QUERY: Assert<
    SchemaFitsQuery<generated.POSTS_IN_CATEGORY_QUERY_RESULT, typeof schemas.postSummarySchema>
  >
  POSTS_BY_AUTHOR_QUERY: Assert<
    SchemaFitsQuery<generated.POSTS_BY_AUTHOR_QUERY_RESULT, typeof schemas.postSummarySchema>
  >
  POST_COUNT_QUERY: Assert<SchemaFitsQuery<generated.POST_COUNT_QUERY_RESULT, typeof schemas.postCountSchema>>
  POST_SLUGS_QUERY: Assert<SchemaFitsQuery<generated.POST_SLUGS_QUERY_RESULT, typeof schemas.postSlugSchema>>
  NEWEST_POST_SLUGS_QUERY: Assert<
    SchemaFitsQuery<generated.NEWEST_POST_SLUGS_QUERY_RESULT, typeof schemas.postSlugSchema>
  >
  POST_QUERY: Assert<SchemaFitsQuery<generated.POST_QUERY_RESULT, typeof schemas.postSchema>>
  CATEGORIES_QUERY: Assert<SchemaFitsQuery<generated.CATEGORIES_QUERY_RESULT, typeof schemas.categorySchema>>
  CATEGORY_QUERY: Assert<SchemaFitsQuery<generated.CATEGORY_QUERY_RESULT, typeof schemas.categorySchema>>
  PERSON_QUERY: Assert<SchemaFitsQuery<generated.PERSON_QUERY_RESULT, typeof schemas.personSchema>>
  PEOPLE_QUERY: Assert<SchemaFitsQuery<generated.PEOPLE_QUERY_RESULT, typeof schemas.personSchema>>
  PAGE_QUERY: Assert<SchemaFitsQuery<generated.PAGE_QUERY_RESULT, typeof schemas.pageSchema>>
  LOCATIONS_QUERY: Assert<SchemaFitsQuery<generated.LOCATIONS_QUERY_RESULT, typeof schemas.locationSchema>>
  LOCATION_QUERY: Assert<SchemaFitsQuery<generated.LOCATION_QUERY_RESULT, typeof schemas.locationSchema>>
  PRICE_LIST_QUERY: Assert<SchemaFitsQuery<generated.PRICE_LIST_QUERY_RESULT, typeof schemas.priceListSchema>>
  SITEMAP_QUERY: Assert<SchemaFitsQuery<generated.SITEMAP_QUERY_RESULT, typeof schemas.sitemapDocumentSchema>>
  SEARCH_SETTINGS_QUERY: Assert<
    SchemaFitsQuery<generated.SEARCH_SETTINGS_QUERY_RESULT, typeof schemas.searchSettingsSchema>
  >
  // The search query itself (./search-query.ts) is built per search shape, so typegen cannot
  // see it; its projection is checked by running it over the seed (search-query.test.ts).
  REDIRECTS_QUERY: Assert<SchemaFitsQuery<generated.REDIRECTS_QUERY_RESULT, typeof schemas.redirectSchema>>
  PERSON_BIO_QUERY: Assert<SchemaFitsQuery<generated.PERSON_BIO_QUERY_RESULT, typeof schemas.personBioSchema>>
  SITE_TEXTS_QUERY: Assert<SchemaFitsQuery<generated.SITE_TEXTS_QUERY_RESULT, typeof schemas.siteTextsSchema>>
  TRANSLATIONS_QUERY: Assert<
    SchemaFitsQuery<NonNullable<generated.TRANSLATIONS_QUERY_RESULT>[number], typeof schemas.translationSchema>
  >
  TRANSLATION_SETS_QUERY: Assert<
    SchemaFitsQuery<generated.TRANSLATION_SETS_QUERY_RESULT[number], typeof schemas.translationSetSchema>
  >
}
