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
/** Rich text with the references each renderer needs already resolved. */
const BODY = `body[]{
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
const LISTED_POST = `_type == "post" && defined(slug.current) && publishedAt <= now()`

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  _updatedAt, clinicName, tagline, phone, email, address, geo, timeZone,
  openingHours, consultation, crisisNotice, medicalDisclaimer, ${SEO}
}`)

export const TREATMENTS_QUERY = defineQuery(
  `*[_type == "treatment" && defined(slug.current)] | order(coalesce(order, 999) asc, name asc)${TREATMENT_SUMMARY}`,
)

export const TREATMENT_QUERY = defineQuery(`*[_type == "treatment" && slug.current == $slug][0]{
  _id, _updatedAt, name, "slug": slug.current, summary, sessionLength,
  "heroImage": heroImage${IMAGE},
  administration, purpose, experience, benefits, limitations, suitedFor,
  ${BODY}, "faqs": coalesce(faqs, []), ${REVIEW}, ${SEO}
}`)

export const COMPARISON_TABLE_QUERY = defineQuery(
  `*[_type == "comparisonTable" && slug.current == $slug][0]${COMPARISON}`,
)

export const COMPARISON_TABLES_QUERY = defineQuery(
  `*[_type == "comparisonTable" && defined(slug.current)] | order(title asc)${COMPARISON}`,
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
  `*[_type == "category" && defined(slug.current)] | order(title asc){_id, title, "slug": slug.current, description}`,
)

export const CATEGORY_QUERY = defineQuery(
  `*[_type == "category" && slug.current == $slug][0]{_id, title, "slug": slug.current, description}`,
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

export const PEOPLE_QUERY = defineQuery(`*[_type == "person" && defined(slug.current)] | order(name asc)${PERSON}`)

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  _id, _updatedAt, title, "slug": slug.current, intro, ${BODY}, ${SEO}
}`)

/** Everything with a public URL, for the sitemap: type, slug, real update time, noindex. */
export const SITEMAP_QUERY = defineQuery(`*[
  _type in ["treatment", "post", "comparisonTable", "person", "category", "page"]
  && defined(slug.current)
  && (_type != "post" || publishedAt <= now())
]{_type, "slug": slug.current, _updatedAt, "noIndex": coalesce(seo.noIndex, false)}`)

export const REDIRECTS_QUERY = defineQuery(
  `*[_type == "redirect" && defined(from) && defined(to)]{_id, from, to, "permanent": coalesce(permanent, true)}`,
)
