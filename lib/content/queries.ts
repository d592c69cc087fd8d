/**
 * Every GROQ query the site runs. The same strings go to Sanity (next-sanity) and to the
 * embedded dataset (groq-js), so keep to GROQ that both support.
 */
import { defineQuery } from 'groq'

// Shared projections: kept as plain strings so they compose into the queries below.
// Image fields have alt text only: a caption exists on Portable Text images alone (BODY).
const IMAGE = `{
  alt,
  "assetId": asset._ref,
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height
}`
const SEO = `seo{metaTitle, metaDescription, noIndex, ogImage${IMAGE}}`
const PERSON_REF = `{name, "slug": slug.current, jobTitle, credentials}`
const REVIEW = `medicalReview{lastReviewed, "reviewer": reviewer->${PERSON_REF}}`
const COMPARISON = `{
  _id, _updatedAt, title, "slug": slug.current, intro, caption, footnote,
  "columns": columns[]{_key, "name": @->name, "slug": @->slug.current},
  rows[]{_key, criterion, cells}
}`
/** Rich text members with the references each renderer needs already resolved: `<field>[]${RICH_TEXT}`. */
const RICH_TEXT = `{
  ...,
  _type == "image" => {
    "assetId": asset._ref,
    "url": asset->url,
    "width": asset->metadata.dimensions.width,
    "height": asset->metadata.dimensions.height
  },
  _type == "comparisonTableEmbed" => {"table": table->${COMPARISON}},
  markDefs[]{
    ...,
    _type == "internalLink" => {"target": reference->{_type, "slug": slug.current}}
  }
}`
const BODY = `body[]${RICH_TEXT}`
const POST_SUMMARY = `{
  _id, _updatedAt, title, "slug": slug.current, excerpt, publishedAt, updatedAt,
  "mainImage": mainImage${IMAGE},
  "author": author->${PERSON_REF},
  "categories": coalesce(categories[]->{title, "slug": slug.current}, [])
}`
const TREATMENT_SUMMARY = `{
  _id, _updatedAt, name, "slug": slug.current, summary, sessionLength,
  "heroImage": heroImage${IMAGE}
}`
/**
 * Translated documents carry `language` (the Studio's document-internationalization plugin sets
 * it); documents from before it have none and are English. Every query of a translatable type
 * takes `$language`.
 */
const IN_LANGUAGE = `coalesce(language, "en") == $language`
const LISTED_POST = `_type == "post" && defined(slug.current) && publishedAt <= now() && ${IN_LANGUAGE}`

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  _updatedAt, clinicName, tagline, phone, email, address, geo, timeZone,
  openingHours, consultation, crisisNotice, medicalDisclaimer, ${SEO}
}`)

export const TREATMENTS_QUERY = defineQuery(
  `*[_type == "treatment" && defined(slug.current) && ${IN_LANGUAGE}] | order(coalesce(order, 999) asc, name asc)${TREATMENT_SUMMARY}`,
)

export const TREATMENT_QUERY = defineQuery(`*[_type == "treatment" && slug.current == $slug && ${IN_LANGUAGE}][0]{
  _id, _updatedAt, name, "slug": slug.current, summary, sessionLength,
  "heroImage": heroImage${IMAGE},
  administration, purpose, experience, benefits, limitations, suitedFor,
  ${BODY}, "faqs": coalesce(faqs, []), ${REVIEW}, ${SEO}
}`)

export const COMPARISON_TABLE_QUERY = defineQuery(
  `*[_type == "comparisonTable" && slug.current == $slug && ${IN_LANGUAGE}][0]${COMPARISON}`,
)

export const COMPARISON_TABLES_QUERY = defineQuery(
  `*[_type == "comparisonTable" && defined(slug.current) && ${IN_LANGUAGE}] | order(title asc)${COMPARISON}`,
)

export const POSTS_PAGE_QUERY = defineQuery(
  `*[${LISTED_POST}] | order(publishedAt desc, _id asc)[$start...$end]${POST_SUMMARY}`,
)

export const POST_COUNT_QUERY = defineQuery(`count(*[${LISTED_POST}])`)

export const POSTS_IN_CATEGORY_QUERY = defineQuery(
  `*[${LISTED_POST} && $slug in categories[]->slug.current] | order(publishedAt desc, _id asc)${POST_SUMMARY}`,
)

export const POSTS_BY_AUTHOR_QUERY = defineQuery(
  `*[${LISTED_POST} && (author->slug.current == $slug || medicalReview.reviewer->slug.current == $slug)] | order(publishedAt desc, _id asc)${POST_SUMMARY}`,
)

export const POST_QUERY = defineQuery(`*[${LISTED_POST} && slug.current == $slug][0]{
  _id, _updatedAt, title, "slug": slug.current, excerpt, publishedAt, updatedAt,
  "mainImage": mainImage${IMAGE},
  "author": author->${PERSON_REF},
  "categories": coalesce(categories[]->{title, "slug": slug.current}, []),
  ${BODY}, ${REVIEW}, ${SEO}
}`)

export const POST_SLUGS_QUERY = defineQuery(`*[${LISTED_POST}].slug.current`)

/**
 * How many posts `next build` renders ahead: the newest. Older posts render on their first
 * request and are then kept like the rest (ISR), so a site with thousands of posts builds in
 * about the time of a small one. (A literal in the query: GROQ slices take numbers, not params.)
 */
const PRERENDERED_POSTS = 100

export const NEWEST_POST_SLUGS_QUERY = defineQuery(
  `*[${LISTED_POST}] | order(publishedAt desc) [0...${PRERENDERED_POSTS}].slug.current`,
)

export const CATEGORIES_QUERY = defineQuery(
  `*[_type == "category" && defined(slug.current) && ${IN_LANGUAGE}] | order(title asc){_id, title, "slug": slug.current, description}`,
)

export const CATEGORY_QUERY = defineQuery(
  `*[_type == "category" && slug.current == $slug && ${IN_LANGUAGE}][0]{_id, title, "slug": slug.current, description}`,
)

/** A team member's profile: who they are and the facts the team directory filters and shows. */
const PERSON = `{
  _id, _updatedAt, name, "slug": slug.current, jobTitle, credentials, role, bio,
  "photo": photo${IMAGE}, "links": coalesce(links, []),
  "license": license{type, number, state}, npi, acceptingNewPatients,
  "languages": coalesce(languages, []), "telehealthStates": coalesce(telehealthStates, []),
  "treatments": coalesce(treatments[]->{name, "slug": slug.current}, [])
}`

export const PERSON_QUERY = defineQuery(`*[_type == "person" && slug.current == $slug][0]${PERSON}`)

/** A person's job title and biography in another language (people are shared; their words are translated). */
export const PERSON_BIO_QUERY = defineQuery(
  `*[_type == "personBioTranslation" && language == $language && person->slug.current == $slug][0]{jobTitle, bio}`,
)

export const PEOPLE_QUERY = defineQuery(`*[_type == "person" && defined(slug.current)] | order(name asc)${PERSON}`)

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug && ${IN_LANGUAGE}][0]{
  _id, _updatedAt, title, "slug": slug.current, "language": coalesce(language, "en"), intro, ${BODY}, ${SEO},
  "taglines": coalesce(taglines[]{_key, languageName, languageTag, text, direction}, [])
}`)

const LOCATION = `{
  _id, _updatedAt, name, "slug": slug.current, summary,
  "photo": photo${IMAGE},
  address, geo, phone, timeZone, "openingHours": coalesce(openingHours, []),
  directions, parking, transit, stepFreeAccess,
  "services": coalesce(services[]->{name, "slug": slug.current}, []),
  ${SEO}
}`

export const LOCATIONS_QUERY = defineQuery(
  `*[_type == "location" && defined(slug.current)] | order(coalesce(order, 999) asc, name asc)${LOCATION}`,
)

export const LOCATION_QUERY = defineQuery(`*[_type == "location" && slug.current == $slug][0]${LOCATION}`)

export const PRICE_LIST_QUERY = defineQuery(`*[_id == "priceList"][0]{
  _id, _updatedAt, title, intro, pricesAsOf,
  prices[]{_key, service, "treatment": treatment->{name, "slug": slug.current}, priceFrom, priceTo, unit, includes},
  paymentNotes[]${RICH_TEXT},
  goodFaithEstimate[]${RICH_TEXT},
  ${SEO}
}`)

/** Everything with a public URL, for the sitemap: type, slug, language, real update time, noindex. */
export const SITEMAP_QUERY = defineQuery(`*[
  _type in ["treatment", "post", "comparisonTable", "person", "category", "page", "location"]
  && defined(slug.current)
  && (_type != "post" || publishedAt <= now())
]{_id, _type, "slug": slug.current, "language": coalesce(language, "en"), _updatedAt, "noIndex": coalesce(seo.noIndex, false)}`)

/**
 * A document's translations, as the Studio's document-internationalization plugin links them:
 * one `translation.metadata` document per set, each member naming its language (older versions
 * of the plugin kept it in `_key`). A member that is missing or not published has no slug here
 * (its `->` finds nothing), and the pages treat it as absent.
 */
export const TRANSLATIONS_QUERY = defineQuery(
  `*[_type == "translation.metadata" && $id in translations[].value._ref][0].translations[]{"language": coalesce(language, _key), "slug": value->slug.current}`,
)

/** Every translation set, for the sitemap's alternates: which ids belong together. */
export const TRANSLATION_SETS_QUERY = defineQuery(
  `*[_type == "translation.metadata"]{"members": translations[]{"language": coalesce(language, _key), "id": value._ref}}`,
)

/** Site settings' texts in another language (tagline, crisis notice, disclaimer, default SEO). */
export const SITE_TEXTS_QUERY = defineQuery(
  `*[_type == "siteSettingsTranslation" && language == $language][0]{tagline, crisisNotice, medicalDisclaimer, ${SEO}}`,
)

/** Site search's settings: synonym groups and the crisis phrases (Site settings, "Site search"). */
export const SEARCH_SETTINGS_QUERY = defineQuery(
  `*[_id == "siteSettings"][0]{"synonyms": searchSynonyms[].terms, crisisPhrases}`,
)

export const REDIRECTS_QUERY = defineQuery(
  `*[_type == "redirect" && defined(from) && defined(to)]{_id, from, to, "permanent": coalesce(permanent, true)}`,
)
