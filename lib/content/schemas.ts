/**
 * The content boundary: every GROQ result is parsed by one of these schemas before a page
 * sees it. Field names mirror sanity/schemaTypes; projections live in ./queries.ts.
 */
import { z } from 'zod'
import { PRICE_UNITS } from '@/lib/prices'
import { LOCALES, ROUTABLE_TYPES } from '@/lib/routes'
import { isLanguageCode, type LanguageCode } from '@/lib/care-team/languages'
import { LICENSE_TYPE_CODES } from '@/lib/care-team/license'
import { isValidNpi } from '@/lib/care-team/npi'
import { US_STATE_CODES, isUsState, type UsState } from '@/lib/care-team/us-states'
import { redirectSourceProblem, redirectTargetProblem } from '@/lib/seo/redirects'
import { isLanguageTag, PHONE_PLACEHOLDER } from '@/lib/i18n/language-tag'

const slug = z
  .string()
  .min(1)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be kebab-case')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO 8601 date')

/** An image field as projected by IMAGE in ./queries.ts: the asset is dereferenced for url and size. */
export const imageSchema = z.object({
  alt: z.string().min(1),
  assetId: z.string().min(1),
  url: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type ContentImage = z.infer<typeof imageSchema>

/** An image in Portable Text: the same, plus the optional caption only body images have. */
export const bodyImageSchema = imageSchema.extend({ caption: z.string().nullish() })

export const seoSchema = z
  .object({
    metaTitle: z.string().nullish(),
    metaDescription: z.string().nullish(),
    ogImage: imageSchema.nullish(),
    noIndex: z.boolean().nullish(),
  })
  .nullish()
export type Seo = z.infer<typeof seoSchema>

/**
 * Portable Text is checked only for its envelope here: each renderer in
 * components/portable-text copes with unknown members, so one odd block never fails a page.
 */
const portableTextMember = z.looseObject({ _type: z.string(), _key: z.string() })
export const portableTextSchema = z.array(portableTextMember)
export type PortableTextValue = z.infer<typeof portableTextSchema>

export const personRefSchema = z.object({
  name: z.string().min(1),
  slug,
  jobTitle: z.string().nullish(),
  credentials: z.string().nullish(),
})
export type PersonRef = z.infer<typeof personRefSchema>

export const medicalReviewSchema = z.object({
  reviewer: personRefSchema,
  lastReviewed: isoDate,
})
export type MedicalReview = z.infer<typeof medicalReviewSchema>

export const categorySchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug,
  description: z.string().nullish(),
})
export type Category = z.infer<typeof categorySchema>

export const postSummarySchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  title: z.string().min(1),
  slug,
  excerpt: z.string().min(1),
  publishedAt: isoDate,
  updatedAt: isoDate.nullish(),
  mainImage: imageSchema,
  author: personRefSchema,
  categories: z.array(categorySchema.pick({ title: true, slug: true })).default([]),
})
export type PostSummary = z.infer<typeof postSummarySchema>

/** How many articles are listed: an unreadable count shows one page rather than failing the index. */
export const postCountSchema = z.number().int().min(0).catch(0)

export const postSlugSchema = z.string().min(1)

export const postSchema = postSummarySchema.extend({
  body: portableTextSchema,
  medicalReview: medicalReviewSchema,
  seo: seoSchema,
})
export type Post = z.infer<typeof postSchema>

export const treatmentSummarySchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  name: z.string().min(1),
  slug,
  summary: z.string().min(1),
  heroImage: imageSchema,
  sessionLength: z.string().min(1),
})
export type TreatmentSummary = z.infer<typeof treatmentSummarySchema>

export const faqSchema = z.object({ _key: z.string(), question: z.string().min(1), answer: z.string().min(1) })

export const treatmentSchema = treatmentSummarySchema.extend({
  administration: z.string().min(1),
  purpose: z.string().min(1),
  experience: z.string().min(1),
  benefits: z.array(z.string().min(1)).min(1),
  limitations: z.array(z.string().min(1)).min(1),
  suitedFor: z.string().min(1),
  body: portableTextSchema,
  faqs: z.array(faqSchema).default([]),
  medicalReview: medicalReviewSchema,
  seo: seoSchema,
})
export type Treatment = z.infer<typeof treatmentSchema>

export const comparisonTableSchema = z
  .object({
    _id: z.string(),
    _updatedAt: z.string(),
    title: z.string().min(1),
    slug,
    intro: z.string().nullish(),
    caption: z.string().min(1),
    footnote: z.string().nullish(),
    columns: z.array(z.object({ _key: z.string(), name: z.string().min(1), slug })).min(1),
    rows: z.array(z.object({ _key: z.string(), criterion: z.string().min(1), cells: z.array(z.string()) })).min(1),
  })
  // A row with a missing or extra cell would shift every value under the wrong heading.
  .refine((t) => t.rows.every((r) => r.cells.length === t.columns.length), {
    message: 'every row needs exactly one cell per column',
    path: ['rows'],
  })
export type ComparisonTable = z.infer<typeof comparisonTableSchema>

export const CARE_TEAM_ROLES = ['clinician', 'staff'] as const
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number]

export const licenseSchema = z.object({
  type: z.enum(LICENSE_TYPE_CODES),
  number: z.string().regex(/^[A-Za-z0-9-]{1,30}$/),
  state: z.enum(US_STATE_CODES),
})
export type License = z.infer<typeof licenseSchema>

/**
 * The care-team facts of a person. Each field that can be wrong on its own is dropped on its
 * own (an NPI failing its check digit, an incomplete licence, a language or state code the
 * site does not know, a reference to a deleted treatment), so one typo never hides the person.
 */
const careTeamFields = {
  role: z
    .enum(CARE_TEAM_ROLES)
    .nullish()
    .transform((role): CareTeamRole => role ?? 'clinician'),
  license: licenseSchema.nullish().catch(null),
  npi: z
    .string()
    .nullish()
    .transform((npi) => (npi && isValidNpi(npi) ? npi : null)),
  acceptingNewPatients: z.boolean().nullish(),
  languages: z
    .array(z.string())
    .default([])
    .transform((codes) => [...new Set(codes.filter(isLanguageCode))] as LanguageCode[]),
  telehealthStates: z
    .array(z.string())
    .default([])
    .transform((codes) => [...new Set(codes.filter(isUsState))] as UsState[]),
  treatments: z
    .array(
      z
        .object({ name: z.string().min(1), slug })
        .nullable()
        .catch(null),
    )
    .default([])
    .transform((refs) => refs.filter((ref) => ref !== null)),
}

export const personSchema = personRefSchema
  .extend({
    _id: z.string(),
    _updatedAt: z.string(),
    bio: portableTextSchema.nullish(),
    photo: imageSchema.nullish(),
    links: z.array(z.object({ _key: z.string(), label: z.string().min(1), url: z.url() })).default([]),
    ...careTeamFields,
  })
  // Staff see no patients: what the Studio hides for them is not shown either, even if an
  // earlier clinician role left it in the document.
  .transform((person) =>
    person.role === 'staff'
      ? { ...person, license: null, npi: null, acceptingNewPatients: null, telehealthStates: [], treatments: [] }
      : person,
  )
export type Person = z.infer<typeof personSchema>

/**
 * A notice in another language (the language-assistance page): its `lang` must be a real tag
 * and its text must say where the phone number goes. A broken one is left out, not the page.
 */
export const languageTaglineSchema = z.object({
  _key: z.string(),
  languageName: z.string().min(1),
  languageTag: z.string().refine(isLanguageTag, 'expected a BCP 47 language tag'),
  text: z.string().refine((text) => text.includes(PHONE_PLACEHOLDER), `expected ${PHONE_PLACEHOLDER}`),
  direction: z.enum(['ltr', 'rtl']).nullish(),
})
export type LanguageTagline = z.infer<typeof languageTaglineSchema>

export const pageSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  title: z.string().min(1),
  slug,
  language: z.enum(LOCALES),
  intro: z.string().nullish(),
  body: portableTextSchema,
  seo: seoSchema,
  taglines: z
    .array(languageTaglineSchema.nullable().catch(null))
    .transform((items) => items.filter((item): item is LanguageTagline => item !== null)),
})
export type Page = z.infer<typeof pageSchema>

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Weekday = (typeof weekdays)[number]
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')

export const openingHoursSchema = z
  .object({ _key: z.string(), day: z.enum(weekdays), opens: clock, closes: clock })
  .refine((h) => h.opens < h.closes, { message: 'opens must be before closes' })
export type OpeningHours = z.infer<typeof openingHoursSchema>

/** Contact shapes Site settings and locations share (sanity/schemaTypes/fields/contact-fields.ts). */
const phoneSchema = z.object({ e164: z.string().regex(/^\+[1-9]\d{6,14}$/), display: z.string().min(1) })
const addressSchema = z.object({
  street: z.string().min(1),
  city: z.string().min(1),
  region: z.string().min(1),
  postalCode: z.string().min(1),
  country: z.string().length(2),
})
const geoSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
const timeZoneSchema = z.string().refine(isIanaTimeZone, 'unknown IANA time zone')

export const siteSettingsSchema = z.object({
  _updatedAt: z.string(),
  clinicName: z.string().min(1),
  tagline: z.string().min(1),
  phone: phoneSchema,
  email: z.email(),
  address: addressSchema,
  geo: geoSchema,
  timeZone: timeZoneSchema,
  openingHours: z.array(openingHoursSchema),
  consultation: z.object({
    slotMinutes: z.number().int().positive(),
    leadTimeHours: z.number().min(0),
    horizonDays: z.number().int().positive(),
    bufferMinutes: z.number().int().min(0),
  }),
  crisisNotice: z.string().min(1),
  medicalDisclaimer: z.string().min(1),
  seo: seoSchema,
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>

function isIanaTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

export const locationSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  name: z.string().min(1),
  slug,
  summary: z.string().min(1),
  photo: imageSchema,
  address: addressSchema,
  geo: geoSchema,
  phone: phoneSchema,
  timeZone: timeZoneSchema,
  openingHours: z.array(openingHoursSchema),
  directions: z.string().min(1),
  parking: z.string().nullish(),
  transit: z.string().nullish(),
  stepFreeAccess: z.string().min(1),
  /** Unpublished or deleted treatments come back as null from `->`; they are simply not listed. */
  services: z
    .array(z.object({ name: z.string().min(1), slug }).nullable())
    .transform((list) => list.filter((item): item is { name: string; slug: string } => item !== null)),
  seo: seoSchema,
})
export type Location = z.infer<typeof locationSchema>
export type Address = Location['address']

export const priceItemSchema = z
  .object({
    _key: z.string(),
    service: z.string().min(1),
    treatment: z.object({ name: z.string().min(1), slug }).nullish(),
    priceFrom: z.number().int().min(0),
    priceTo: z.number().int().min(0).nullish(),
    unit: z.enum(PRICE_UNITS),
    includes: z.string().min(1),
  })
  .refine((item) => item.priceTo === null || item.priceTo === undefined || item.priceTo > item.priceFrom, {
    message: 'priceTo must be more than priceFrom',
    path: ['priceTo'],
  })
export type PriceItem = z.infer<typeof priceItemSchema>

export const priceListSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string(),
  title: z.string().min(1),
  intro: z.string().nullish(),
  pricesAsOf: isoDate,
  prices: z.array(priceItemSchema).min(1),
  paymentNotes: portableTextSchema,
  goodFaithEstimate: portableTextSchema,
  seo: seoSchema,
})
export type PriceList = z.infer<typeof priceListSchema>

export const sitemapDocumentSchema = z.object({
  _id: z.string().min(1),
  _type: z.enum(ROUTABLE_TYPES),
  slug,
  language: z.enum(LOCALES),
  _updatedAt: z.string(),
  noIndex: z.boolean(),
})
export type SitemapDocument = z.infer<typeof sitemapDocumentSchema>

/** A person's words in another language: each falls back to the English when missing. */
export const personBioSchema = z.object({
  jobTitle: z.string().min(1).nullish(),
  bio: portableTextSchema.nullish(),
})

/** Site settings' texts in one language; each is optional (English fills the gaps). */
export const siteTextsSchema = z.object({
  tagline: z.string().min(1).nullish(),
  crisisNotice: z.string().min(1).nullish(),
  medicalDisclaimer: z.string().min(1).nullish(),
  seo: seoSchema,
})

/**
 * One member of a translation set. Its slug is missing when the document is unpublished or
 * deleted, and its language may be one the site does not serve: both are skipped, not errors.
 */
export const translationSchema = z.object({ language: z.string(), slug: z.string().nullish() })

export const translationSetSchema = z.object({
  members: z
    .array(z.object({ language: z.string(), id: z.string() }).nullable())
    .transform((members) => members.filter((member): member is { language: string; id: string } => member !== null)),
})

/** The Studio's rules again (lib/seo/redirects.ts): a rule edited past them is dropped, not served. */
const pathRule = (problem: (path: string) => string | null) =>
  z.string().superRefine((path, ctx) => {
    const message = problem(path)
    if (message !== null) ctx.addIssue({ code: 'custom', message })
  })

export const redirectSchema = z.object({
  _id: z.string(),
  from: pathRule(redirectSourceProblem),
  to: pathRule(redirectTargetProblem),
  permanent: z.boolean(),
})

/** Site search's settings; a bad group or phrase is dropped, not the whole list. */
export const searchSettingsSchema = z.object({
  synonyms: z
    .array(z.array(z.string()).nullish())
    .nullish()
    .transform((groups) =>
      (groups ?? []).map((group) => (group ?? []).filter((term) => term.trim() !== '')).filter((g) => g.length >= 2),
    ),
  crisisPhrases: z
    .array(z.string().nullish())
    .nullish()
    .transform((phrases) => (phrases ?? []).filter((phrase): phrase is string => !!phrase && phrase.trim() !== '')),
})
export type SearchSettings = z.infer<typeof searchSettingsSchema>

/** One search hit as lib/content/search-query.ts projects it. */
export const searchHitSchema = z.object({
  _id: z.string().min(1),
  _type: z.enum(ROUTABLE_TYPES),
  slug,
  title: z.string().min(1),
  /** Every searched field but the title, as one text, for the snippet. */
  text: z.string().nullish(),
  _score: z.number(),
})
export type SearchHit = z.infer<typeof searchHitSchema>
