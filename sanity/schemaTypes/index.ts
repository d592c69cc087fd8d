import type { SchemaTypeDefinition } from 'sanity'
import { blockContent } from './block-content'
import { category } from './category'
import { comparisonTable } from './comparison-table'
import { comparisonTableEmbed } from './comparison-table-embed'
import { consultationCta } from './consultation-cta'
import { faq } from './faq'
import { languageTagline } from './language-tagline'
import { location } from './location'
import { medicalReview } from './medical-review'
import { openingHours } from './opening-hours'
import { page } from './page'
import { person } from './person'
import { personBio } from './person-bio'
import { personBioTranslation } from './person-bio-translation'
import { post } from './post'
import { priceList } from './price-list'
import { redirect } from './redirect'
import { seo } from './seo'
import { siteSettings } from './site-settings'
import { siteSettingsTranslation } from './site-settings-translation'
import { treatment } from './treatment'

/** Documents first, then the objects they are built from. */
export const schemaTypes: SchemaTypeDefinition[] = [
  siteSettings,
  siteSettingsTranslation,
  treatment,
  comparisonTable,
  post,
  person,
  personBioTranslation,
  category,
  page,
  location,
  priceList,
  redirect,
  seo,
  medicalReview,
  blockContent,
  personBio,
  comparisonTableEmbed,
  consultationCta,
  openingHours,
  faq,
  languageTagline,
]
