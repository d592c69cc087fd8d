import { z } from 'zod'
import { LOCATIONS_QUERY, PERSON_QUERY, POST_QUERY, SITE_SETTINGS_QUERY, TREATMENT_QUERY } from '@/lib/content/queries'
import { locationSchema, personSchema, postSchema, siteSettingsSchema, treatmentSchema } from '@/lib/content/schemas'
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  locationClinicJsonLd,
  medicalClinicJsonLd,
  medicalWebPageJsonLd,
  profilePageJsonLd,
  treatmentJsonLd,
} from '@/lib/seo/json-ld'
import { querySeed } from '../../helpers/seed'

const ARTICLE = 'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'
const load = async () => ({
  settings: await querySeed(siteSettingsSchema, SITE_SETTINGS_QUERY),
  post: await querySeed(postSchema, POST_QUERY, { slug: ARTICLE }),
  treatment: await querySeed(treatmentSchema, TREATMENT_QUERY, { slug: 'ketamine-iv-therapy' }),
})
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value))
const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)

describe('JSON-LD from the seed content', () => {
  it('MedicalClinic carries name, address, telephone with country code, url, geo and hours', async () => {
    const { settings } = await load()
    const ld = roundTrip(medicalClinicJsonLd(settings))
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: settings.clinicName,
      url: 'http://localhost:3000/',
      telephone: expect.stringMatching(/^\+1\d{10}$/),
      address: { '@type': 'PostalAddress', streetAddress: settings.address.street, addressCountry: 'US' },
      geo: { '@type': 'GeoCoordinates', latitude: settings.geo.lat, longitude: settings.geo.lng },
    })
    expect(ld.openingHoursSpecification).toHaveLength(settings.openingHours.length)
    expect(ld.openingHoursSpecification[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: expect.stringMatching(/^https:\/\/schema\.org\/[A-Z][a-z]+day$/),
      opens: settings.openingHours[0]?.opens,
      closes: settings.openingHours[0]?.closes,
    })
  })

  it('BlogPosting matches the article: headline, image, dates with offset, author with profile url', async () => {
    const { post, settings } = await load()
    const ld = roundTrip(blogPostingJsonLd(post, settings))
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: post.title,
      url: `http://localhost:3000/blog/${ARTICLE}`,
      author: { '@type': 'Person', name: post.author.name, url: `http://localhost:3000/team/${post.author.slug}` },
      publisher: { '@type': 'MedicalClinic', name: settings.clinicName },
    })
    expect(ld.author.name).not.toMatch(/,/) // credentials go to honorificSuffix, not the name
    expect(ld.image[0]).toMatch(/^http:\/\/localhost:3000\/seed-images\/.+\.svg$/)
    expect(isoWithOffset.safeParse(ld.datePublished).success).toBe(true)
    expect(isoWithOffset.safeParse(ld.dateModified).success).toBe(true)
    expect(new Date(ld.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(ld.datePublished).getTime())
  })

  it('MedicalWebPage names the reviewer and the review date shown on the page', async () => {
    const { treatment, post } = await load()
    const ld = roundTrip(treatmentJsonLd(treatment))
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      name: treatment.name,
      lastReviewed: treatment.medicalReview.lastReviewed,
      reviewedBy: { '@type': 'Person', name: treatment.medicalReview.reviewer.name },
    })
    const article = roundTrip(
      medicalWebPageJsonLd({
        name: post.title,
        description: post.excerpt,
        path: `/blog/${post.slug}`,
        review: post.medicalReview,
      }),
    )
    expect(article.reviewedBy.url).toBe(`http://localhost:3000/team/${post.medicalReview.reviewer.slug}`)
    expect(article.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('ProfilePage has the person as mainEntity', async () => {
    const { post } = await load()
    const person = await querySeed(personSchema, PERSON_QUERY, { slug: post.author.slug })
    const ld = roundTrip(profilePageJsonLd(person))
    expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: person.name } })
    expect(ld.mainEntity.url).toBe(`http://localhost:3000/team/${person.slug}`)
  })

  it('a physician is typed Physician too, with licence, NPI and languages as the profile shows them', async () => {
    const person = await querySeed(personSchema, PERSON_QUERY, { slug: 'daniel-okafor' })
    const ld = roundTrip(profilePageJsonLd(person)).mainEntity
    expect(ld['@type']).toEqual(['Person', 'Physician'])
    expect(ld).toMatchObject({
      name: 'Daniel Okafor',
      honorificSuffix: 'MD',
      usNPI: '1234567893',
      identifier: { '@type': 'PropertyValue', propertyID: 'NPI', value: '1234567893' },
      isAcceptingNewPatients: true,
      hasCredential: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'license',
        identifier: 'EX-MD-0101',
        validIn: { '@type': 'State', name: 'Oregon' },
        recognizedBy: { '@type': 'GovernmentOrganization', name: 'Oregon Medical Board' },
      },
      knowsLanguage: [{ '@type': 'Language', name: 'English', alternateName: 'en' }],
    })
    expect(ld.knowsAbout.map((t: { name: string }) => t.name)).toEqual([
      'Ketamine IV Therapy',
      'Ketamine-Assisted Psychotherapy',
    ])
  })

  it('a nurse practitioner stays a Person (no usNPI); staff have no credential or NPI', async () => {
    const np = roundTrip(
      profilePageJsonLd(await querySeed(personSchema, PERSON_QUERY, { slug: 'lucia-herrera' })),
    ).mainEntity
    expect(np['@type']).toBe('Person')
    expect(np.usNPI).toBeUndefined()
    expect(np.isAcceptingNewPatients).toBeUndefined()
    expect(np.identifier.value).toBe('1999900206')
    expect(np.knowsLanguage.map((l: { name: string }) => l.name)).toEqual(['English', 'Spanish'])
    const staff = roundTrip(
      profilePageJsonLd(await querySeed(personSchema, PERSON_QUERY, { slug: 'rosa-delgado' })),
    ).mainEntity
    expect(staff['@type']).toBe('Person')
    expect(staff.hasCredential).toBeUndefined()
    expect(staff.identifier).toBeUndefined()
    expect(staff.knowsAbout).toBeUndefined()
  })

  it('BreadcrumbList numbers items from 1 with absolute URLs', () => {
    const ld = roundTrip(
      breadcrumbJsonLd([
        { label: 'Home', href: '/' },
        { label: 'Articles', href: '/blog' },
        { label: 'A post', href: '/blog/a' },
      ]),
    )
    expect(ld.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3])
    expect(ld.itemListElement[2]).toEqual({
      '@type': 'ListItem',
      position: 3,
      name: 'A post',
      item: 'http://localhost:3000/blog/a',
    })
  })

  it('home MedicalClinic lists every location as a sub-organisation with its own @id, url, address and phone', async () => {
    const { settings } = await load()
    const locations = await querySeed(z.array(locationSchema), LOCATIONS_QUERY)
    expect(locations).toHaveLength(2)
    const ld = roundTrip(medicalClinicJsonLd(settings, locations))
    expect(ld['@id']).toBe('http://localhost:3000/#clinic')
    expect(ld.subOrganization).toEqual(
      locations.map((location) => ({
        '@type': 'MedicalClinic',
        '@id': `http://localhost:3000/locations/${location.slug}#clinic`,
        name: location.name,
        url: `http://localhost:3000/locations/${location.slug}`,
        telephone: location.phone.e164,
        address: expect.objectContaining({
          '@type': 'PostalAddress',
          streetAddress: location.address.street,
          addressLocality: location.address.city,
          postalCode: location.address.postalCode,
        }),
      })),
    )
    // Without locations the clinic node says nothing about them.
    expect(roundTrip(medicalClinicJsonLd(settings))).not.toHaveProperty('subOrganization')
  })

  it('location MedicalClinic has its address, geo, hours, services and the clinic as parentOrganization', async () => {
    const { settings } = await load()
    const [portland, beaverton] = await querySeed(z.array(locationSchema), LOCATIONS_QUERY)
    if (!portland || !beaverton) throw new Error('the seed has two locations')
    const ld = roundTrip(locationClinicJsonLd(beaverton, settings))
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      '@id': 'http://localhost:3000/locations/beaverton#clinic',
      name: beaverton.name,
      url: 'http://localhost:3000/locations/beaverton',
      telephone: beaverton.phone.e164,
      address: { '@type': 'PostalAddress', streetAddress: beaverton.address.street, addressRegion: 'OR' },
      geo: { '@type': 'GeoCoordinates', latitude: beaverton.geo.lat, longitude: beaverton.geo.lng },
      parentOrganization: {
        '@type': 'MedicalClinic',
        '@id': 'http://localhost:3000/#clinic',
        name: settings.clinicName,
      },
    })
    expect(ld.image).toMatch(/^http:\/\/localhost:3000\/seed-images\/.+\.svg$/)
    expect(ld.openingHoursSpecification.map((h: { dayOfWeek: string }) => h.dayOfWeek)).toEqual(
      beaverton.openingHours.map((h) => `https://schema.org/${h.day[0]?.toUpperCase()}${h.day.slice(1)}`),
    )
    expect(ld.availableService).toEqual([
      {
        '@type': 'MedicalTherapy',
        name: 'Ketamine-Assisted Psychotherapy',
        url: 'http://localhost:3000/treatments/ketamine-assisted-psychotherapy',
      },
    ])
    expect(roundTrip(locationClinicJsonLd(portland, settings)).availableService).toHaveLength(2)
  })

  it('page-like nodes say their language, and a Spanish page points at its Spanish URL', async () => {
    const { settings, post, treatment } = await load()
    expect(roundTrip(blogPostingJsonLd(post, settings)).inLanguage).toBe('en')
    expect(roundTrip(treatmentJsonLd(treatment)).inLanguage).toBe('en')
    const spanishPost = await querySeed(postSchema, POST_QUERY, {
      slug: 'terapia-de-ketamina-intravenosa-o-psicoterapia-asistida-con-ketamina',
      language: 'es',
    })
    const article = roundTrip(blogPostingJsonLd(spanishPost, settings, 'es'))
    expect(article).toMatchObject({
      inLanguage: 'es',
      headline: spanishPost.title,
      url: `http://localhost:3000/es/blog/${spanishPost.slug}`,
      mainEntityOfPage: `http://localhost:3000/es/blog/${spanishPost.slug}`,
    })
    const spanishTreatment = await querySeed(treatmentSchema, TREATMENT_QUERY, {
      slug: 'terapia-de-ketamina-intravenosa',
      language: 'es',
    })
    expect(roundTrip(treatmentJsonLd(spanishTreatment, 'es'))).toMatchObject({
      '@type': 'MedicalWebPage',
      inLanguage: 'es',
      name: spanishTreatment.name,
      url: 'http://localhost:3000/es/tratamientos/terapia-de-ketamina-intravenosa',
    })
  })
})
