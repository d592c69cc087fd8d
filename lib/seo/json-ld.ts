/**
 * schema.org builders. Each takes the same validated content the page renders, so the
 * structured data can only say what the page shows. Page-like nodes (WebPage, MedicalWebPage,
 * BlogPosting, ProfilePage) take the page's locale: their URL is the page in that language and
 * `inLanguage` says which ('en' / 'es', as hreflang does).
 */
import { LANGUAGES } from '@/lib/care-team/languages'
import { LICENSE_TYPES, PHYSICIAN_LICENSES, licensingBoard } from '@/lib/care-team/license'
import { US_STATES } from '@/lib/care-team/us-states'
import type {
  Address,
  License,
  Location,
  MedicalReview,
  OpeningHours,
  Person,
  PersonRef,
  Post,
  SiteSettings,
  Treatment,
} from '@/lib/content/schemas'
import { imageUrl } from '@/lib/content/image-url'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { absoluteUrl } from './site-url'

export type JsonLd = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown }

const DAY_URL: Record<string, string> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
}

/** ISO 8601 with an explicit offset (Z), as Google asks for datePublished/dateModified. */
export const isoDateTime = (value: string): string => new Date(value).toISOString()

const personUrl = (person: PersonRef) => absoluteUrl(paths.person(person.slug))

function personNode(person: PersonRef) {
  return {
    '@type': 'Person',
    name: person.name,
    url: personUrl(person),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.credentials ? { honorificSuffix: person.credentials } : {}),
  }
}

function organizationNode(settings: SiteSettings) {
  return {
    '@type': 'MedicalClinic',
    name: settings.clinicName,
    url: absoluteUrl(paths.home()),
    telephone: settings.phone.e164,
  }
}

function postalAddress(address: Address) {
  return {
    '@type': 'PostalAddress',
    streetAddress: address.street,
    addressLocality: address.city,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: address.country,
  }
}

function openingHoursSpecification(hours: readonly OpeningHours[]) {
  return hours.map((entry) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: DAY_URL[entry.day],
    opens: entry.opens,
    closes: entry.closes,
  }))
}

/** The clinic as a whole: one node every location points back to. */
const clinicId = () => absoluteUrl(`${paths.home()}#clinic`)
const locationId = (location: Pick<Location, 'slug'>) => absoluteUrl(`${paths.location(location.slug)}#clinic`)

/** The home page's clinic; `locations` become its sub-organisations, each with its own page and @id. */
export function medicalClinicJsonLd(settings: SiteSettings, locations: readonly Location[] = []): JsonLd {
  const { geo } = settings
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': clinicId(),
    name: settings.clinicName,
    description: settings.tagline,
    url: absoluteUrl(paths.home()),
    telephone: settings.phone.e164,
    email: settings.email,
    medicalSpecialty: 'Psychiatric',
    isAcceptingNewPatients: true,
    address: postalAddress(settings.address),
    geo: { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lng },
    openingHoursSpecification: openingHoursSpecification(settings.openingHours),
    ...(locations.length > 0
      ? {
          subOrganization: locations.map((location) => ({
            '@type': 'MedicalClinic',
            '@id': locationId(location),
            name: location.name,
            url: absoluteUrl(paths.location(location.slug)),
            telephone: location.phone.e164,
            address: postalAddress(location.address),
          })),
        }
      : {}),
  }
}

/** One location's own page: the same @id the home page lists, and the clinic as its parent. */
export function locationClinicJsonLd(location: Location, settings: SiteSettings): JsonLd {
  const url = absoluteUrl(paths.location(location.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': locationId(location),
    name: location.name,
    description: location.summary,
    url,
    image: absoluteUrl(imageUrl(location.photo, 1200)),
    telephone: location.phone.e164,
    medicalSpecialty: 'Psychiatric',
    address: postalAddress(location.address),
    geo: { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lng },
    openingHoursSpecification: openingHoursSpecification(location.openingHours),
    ...(location.services.length > 0
      ? {
          availableService: location.services.map((service) => ({
            '@type': 'MedicalTherapy',
            name: service.name,
            url: absoluteUrl(paths.treatment(service.slug)),
          })),
        }
      : {}),
    parentOrganization: {
      '@type': 'MedicalClinic',
      '@id': clinicId(),
      name: settings.clinicName,
      url: absoluteUrl(paths.home()),
    },
  }
}

/** Same shape as the visible breadcrumb (components/site/breadcrumb), so both come from one list. */
export interface Crumb {
  label: string
  href: string
}

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  }
}

/** `settings` in the page's language (`getSiteSettings(locale)`), as the page shows them. */
export function blogPostingJsonLd(post: Post, settings: SiteSettings, locale: Locale = DEFAULT_LOCALE): JsonLd {
  const url = absoluteUrl(paths.post(post.slug, locale))
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    inLanguage: locale,
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: url,
    image: [absoluteUrl(imageUrl(post.mainImage, 1200))],
    datePublished: isoDateTime(post.publishedAt),
    dateModified: isoDateTime(post.updatedAt ?? post._updatedAt),
    author: personNode(post.author),
    publisher: organizationNode(settings),
    articleSection: post.categories.map((category) => category.title),
  }
}

export function medicalWebPageJsonLd(page: {
  name: string
  description: string
  path: string
  review: MedicalReview
  about?: string
  /** The page's language (default English). */
  locale?: Locale
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: page.locale ?? DEFAULT_LOCALE,
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path),
    lastReviewed: page.review.lastReviewed,
    reviewedBy: personNode(page.review.reviewer),
    ...(page.about ? { about: { '@type': 'MedicalTherapy', name: page.about } } : {}),
  }
}

export function treatmentJsonLd(treatment: Treatment, locale: Locale = DEFAULT_LOCALE): JsonLd {
  return medicalWebPageJsonLd({
    name: treatment.name,
    description: treatment.summary,
    path: paths.treatment(treatment.slug, locale),
    review: treatment.medicalReview,
    about: treatment.name,
    locale,
  })
}

/** A licence as schema.org describes one: the credential, its number, who issued it, where it is valid. */
function licenseCredential(license: License) {
  const board = licensingBoard(license.state, license.type)
  return {
    '@type': 'EducationalOccupationalCredential',
    credentialCategory: 'license',
    name: `${LICENSE_TYPES[license.type]} license`,
    identifier: license.number,
    validIn: { '@type': 'State', name: US_STATES[license.state] },
    ...(board ? { recognizedBy: { '@type': 'GovernmentOrganization', name: board.name, url: board.lookupUrl } } : {}),
  }
}

/**
 * The profile page's person, with only what the profile shows: licence, NPI, languages,
 * treatments, whether they take new patients. A physician is also typed `Physician`, whose
 * vocabulary has `usNPI` and `isAcceptingNewPatients`; anyone else stays a `Person`.
 */
export function profilePageJsonLd(person: Person): JsonLd {
  const license = person.license ?? null
  const physician = license !== null && PHYSICIAN_LICENSES.includes(license.type)
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    // Profiles are English pages only (the team directory is not translated).
    inLanguage: DEFAULT_LOCALE,
    url: personUrl(person),
    dateModified: isoDateTime(person._updatedAt),
    mainEntity: {
      ...personNode(person),
      '@type': physician ? ['Person', 'Physician'] : 'Person',
      ...(person.photo ? { image: absoluteUrl(imageUrl(person.photo, 600)) } : {}),
      ...(person.links.length > 0 ? { sameAs: person.links.map((link) => link.url) } : {}),
      ...(license ? { hasCredential: licenseCredential(license) } : {}),
      ...(person.npi ? { identifier: { '@type': 'PropertyValue', propertyID: 'NPI', value: person.npi } } : {}),
      ...(physician && person.npi ? { usNPI: person.npi } : {}),
      ...(physician && typeof person.acceptingNewPatients === 'boolean'
        ? { isAcceptingNewPatients: person.acceptingNewPatients }
        : {}),
      ...(person.languages.length > 0
        ? {
            knowsLanguage: person.languages.map((code) => ({
              '@type': 'Language',
              name: LANGUAGES[code],
              alternateName: code,
            })),
          }
        : {}),
      ...(person.treatments.length > 0
        ? {
            knowsAbout: person.treatments.map((treatment) => ({
              '@type': 'MedicalTherapy',
              name: treatment.name,
              url: absoluteUrl(paths.treatment(treatment.slug)),
            })),
          }
        : {}),
    },
  }
}
