import { redirectFrom, redirectLoop, redirectTo, slugChangeRedirect } from '@/sanity/validation/redirect'
import {
  altTextAdvice,
  bioBlockShape,
  bodyBlockShape,
  altTextRequired,
  clinicianHasLicense,
  cellsMatchColumns,
  cellsNotBlank,
  clockTime,
  countryCode,
  crisisNoticeNamesHotlines,
  e164Phone,
  ianaTimeZone,
  imageAssetRequired,
  kebabCaseSlug,
  localIsoDate,
  medicalReviewComplete,
  metaDescriptionAdvice,
  metaDescriptionLimit,
  metaTitleAdvice,
  npiValid,
  oneEntryPerWeekday,
  opensBeforeCloses,
  reviewDateNotInFuture,
  slugify,
  updatedNotBeforePublished,
  validateHref,
  validateWebUrl,
} from '@/sanity/validation'

const withAsset = { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-800x600-jpg' } }
const chars = (n: number) => 'x'.repeat(n)

describe('images', () => {
  it('requires alt text once an image is chosen', () => {
    expect(altTextRequired('Two chairs by a sunny window', { parent: withAsset })).toBe(true)
    expect(altTextRequired('', { parent: withAsset })).toMatch(/alt text is required/)
    expect(altTextRequired('   ', { parent: withAsset })).toMatch(/alt text is required/)
    expect(altTextRequired(undefined, { parent: withAsset })).toMatch(/alt text is required/)
  })

  it('treats an export-format image (seed NDJSON) as chosen', () => {
    const exported = { _type: 'image', _sanityAsset: 'image@file://./images/leaves.svg' }
    expect(imageAssetRequired(exported)).toBe(true)
    expect(altTextRequired('', { parent: exported })).toMatch(/alt text is required/)
    expect(imageAssetRequired({ _type: 'image', _sanityAsset: 'file@file://./doc.pdf' })).toBe('Choose an image.')
  })

  it('does not nag about alt text while no image is chosen', () => {
    expect(altTextRequired(undefined, { parent: undefined })).toBe(true)
    expect(altTextRequired(undefined, { parent: { _type: 'image' } })).toBe(true)
  })

  it('flags file names and "image of" as alt text', () => {
    expect(altTextAdvice('A calm treatment room with a reclining chair')).toBe(true)
    expect(altTextAdvice('IMG_2041.jpg')).toMatch(/file name/)
    expect(altTextAdvice('Image of a treatment room')).toMatch(/announce/)
  })

  it('requires an actual image on required image fields', () => {
    expect(imageAssetRequired(withAsset)).toBe(true)
    expect(imageAssetRequired(undefined)).toBe('Choose an image.')
    expect(imageAssetRequired({ _type: 'image', alt: 'alt without a picture' })).toBe('Choose an image.')
  })
})

describe('links', () => {
  it.each(['https://988lifeline.org', 'http://example.org/a?b=c', 'mailto:care@example.org', 'tel:+15035550123'])(
    'allows %s',
    (href) => expect(validateHref(href)).toBe(true),
  )

  it('leaves emptiness to Rule.required()', () => {
    expect(validateHref(undefined)).toBe(true)
    expect(validateHref('')).toBe(true)
  })

  it.each([
    ['javascript:alert(1)', /must start with/],
    ['data:text/html;base64,PHNjcmlwdD4=', /must start with/],
    ['ftp://example.org/file', /must start with/],
    ['www.example.org', /must start with/],
    ['/consultation', /internal link/],
    ['https://', /not a valid web address/],
    ['https://localhost-typo', /no valid domain/],
    ['mailto:someone', /mailto:name@example.org/],
    ['tel:call-us', /tel:\+15035550123/],
    [' https://example.org', /spaces/],
  ])('refuses %s', (href, message) => {
    expect(validateHref(href)).toMatch(message)
  })

  it('limits profile links to web pages', () => {
    expect(validateWebUrl('https://www.linkedin.com/in/someone')).toBe(true)
    expect(validateWebUrl('mailto:care@example.org')).toMatch(/http:\/\/, https:\/\//)
  })
})

describe('SEO lengths', () => {
  it('warns about meta titles over 60 characters', () => {
    expect(metaTitleAdvice(chars(60))).toBe(true)
    expect(metaTitleAdvice(undefined)).toBe(true)
    expect(metaTitleAdvice(chars(61))).toMatch(/61 characters/)
  })

  it('advises 50–160 characters for meta descriptions', () => {
    expect(metaDescriptionAdvice(chars(50))).toBe(true)
    expect(metaDescriptionAdvice(chars(160))).toBe(true)
    expect(metaDescriptionAdvice(undefined)).toBe(true)
    expect(metaDescriptionAdvice(chars(49))).toMatch(/aim for 50–160/)
    expect(metaDescriptionAdvice(chars(161))).toMatch(/cut off/)
  })

  it('refuses meta descriptions over 300 characters', () => {
    expect(metaDescriptionLimit(chars(300))).toBe(true)
    expect(metaDescriptionLimit(chars(301))).toMatch(/at most 300/)
  })
})

describe('medical review', () => {
  const reviewer = { _type: 'reference', _ref: 'person-maya-ellison' }

  it('requires both a reviewer and a date', () => {
    expect(medicalReviewComplete({ reviewer, lastReviewed: '2025-01-15' })).toBe(true)
    expect(medicalReviewComplete(undefined)).toMatch(/medical review .* is required/)
    expect(medicalReviewComplete({ lastReviewed: '2025-01-15' })).toBe('The medical review needs a reviewer.')
    expect(medicalReviewComplete({ reviewer })).toBe('The medical review needs a review date.')
    expect(medicalReviewComplete({})).toBe('The medical review needs a reviewer and a review date.')
  })

  it('refuses review dates in the future', () => {
    const now = new Date(2025, 5, 15, 12, 0)
    expect(reviewDateNotInFuture('2025-06-15', now)).toBe(true)
    expect(reviewDateNotInFuture('2024-12-31', now)).toBe(true)
    expect(reviewDateNotInFuture('2025-06-16', now)).toMatch(/future/)
    expect(reviewDateNotInFuture('2025-02-30', now)).toMatch(/not a real calendar date/)
    expect(reviewDateNotInFuture('15/06/2025', now)).toMatch(/Expected a date/)
  })

  it('formats the editor’s local calendar date', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05')
  })
})

describe('comparison tables', () => {
  const document = {
    columns: [
      { _key: 'a', _ref: 'iv' },
      { _key: 'b', _ref: 'kap' },
    ],
  }

  it('needs exactly one cell per column', () => {
    expect(cellsMatchColumns(['Infusion', 'Lozenge with therapy'], { document })).toBe(true)
    expect(cellsMatchColumns(['Infusion'], { document })).toMatch(/1 cell but the table has 2 columns/)
    expect(cellsMatchColumns(['a', 'b', 'c'], { document })).toMatch(/3 cells/)
    expect(cellsMatchColumns(undefined, { document })).toMatch(/0 cells/)
  })

  it('asks for an explicit value instead of an empty cell', () => {
    expect(cellsNotBlank(['Yes', 'Not offered'])).toBe(true)
    expect(cellsNotBlank(['Yes', ' '])).toMatch(/Cell 2 is empty/)
  })
})

describe('site settings', () => {
  it('accepts only E.164 phone numbers', () => {
    expect(e164Phone('+15035550123')).toBe(true)
    expect(e164Phone('(503) 555-0123')).toMatch(/international format/)
    expect(e164Phone('+1 503 555 0123')).toMatch(/international format/)
    expect(e164Phone('+0123456789')).toMatch(/international format/)
  })

  it('accepts only IANA time zones', () => {
    expect(ianaTimeZone('America/Los_Angeles')).toBe(true)
    expect(ianaTimeZone('America/New_York')).toBe(true)
    expect(ianaTimeZone('America/Portland')).toMatch(/not a known IANA time zone/)
    expect(ianaTimeZone('PST')).toMatch(/IANA time zone such as/)
  })

  it('accepts 24-hour HH:MM times', () => {
    expect(clockTime('09:00')).toBe(true)
    expect(clockTime('23:59')).toBe(true)
    expect(clockTime('9:00')).toMatch(/HH:MM/)
    expect(clockTime('24:00')).toMatch(/HH:MM/)
    expect(clockTime('5pm')).toMatch(/HH:MM/)
  })

  it('needs opening before closing', () => {
    expect(opensBeforeCloses({ day: 'monday', opens: '09:00', closes: '17:00' })).toBe(true)
    expect(opensBeforeCloses({ day: 'monday', opens: '17:00', closes: '09:00' })).toMatch(/before closing/)
    expect(opensBeforeCloses({ day: 'monday', opens: '09:00', closes: '09:00' })).toMatch(/before closing/)
  })

  it('allows at most one entry per weekday', () => {
    const monday = { _key: 'a', day: 'monday', opens: '09:00', closes: '12:00' }
    const tuesday = { _key: 'b', day: 'tuesday', opens: '09:00', closes: '17:00' }
    expect(oneEntryPerWeekday([monday, tuesday])).toBe(true)
    expect(oneEntryPerWeekday([monday, tuesday, { ...monday, _key: 'c', opens: '13:00', closes: '17:00' }])).toMatch(
      /monday appears more than once/,
    )
  })

  it('accepts two-letter upper-case country codes', () => {
    expect(countryCode('US')).toBe(true)
    expect(countryCode('USA')).toMatch(/two-letter/)
    expect(countryCode('us')).toMatch(/two-letter/)
  })

  it('keeps 988 and 911 in the crisis notice', () => {
    expect(crisisNoticeNamesHotlines('Call or text 988. In an emergency, call 911.')).toBe(true)
    expect(crisisNoticeNamesHotlines('Call or text 988.')).toBe('The crisis notice must mention 911.')
    expect(crisisNoticeNamesHotlines('Please reach out.')).toBe('The crisis notice must mention 988 and 911.')
  })
})

describe('slugs', () => {
  it('generates kebab-case slugs the routes accept', () => {
    expect(slugify('Ketamine IV Therapy vs. Ketamine-Assisted Psychotherapy?')).toBe(
      'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy',
    )
    expect(slugify('Café & Crème: “Naïve” notes')).toBe('cafe-and-creme-naive-notes')
    expect(slugify('x'.repeat(120))).toHaveLength(96)
  })

  it('refuses slugs that are not kebab-case', () => {
    expect(kebabCaseSlug({ _type: 'slug', current: 'ketamine-iv-therapy' })).toBe(true)
    expect(kebabCaseSlug({ _type: 'slug', current: 'Ketamine IV?' })).toMatch(/lower-case/)
    expect(kebabCaseSlug({ _type: 'slug', current: 'double--hyphen' })).toMatch(/lower-case/)
  })
})

describe('article dates', () => {
  const document = { publishedAt: '2025-03-01T09:00:00.000Z' }

  it('refuses an update earlier than publication', () => {
    expect(updatedNotBeforePublished('2025-04-01T09:00:00.000Z', { document })).toBe(true)
    expect(updatedNotBeforePublished(undefined, { document })).toBe(true)
    expect(updatedNotBeforePublished('2025-02-01T09:00:00.000Z', { document })).toMatch(/cannot be earlier/)
  })
})

describe('rich text shape', () => {
  const block = (extra: Record<string, unknown>) => ({
    _type: 'block',
    _key: 'k',
    markDefs: [],
    children: [],
    ...extra,
  })

  it('allows body styles h2–h6, quotes and both list types', () => {
    const value = [
      block({ style: 'h2' }),
      block({ style: 'blockquote' }),
      block({ style: 'normal', listItem: 'number', level: 2 }),
    ]
    expect(bodyBlockShape(value)).toBe(true)
    expect(bodyBlockShape(undefined)).toBe(true)
  })

  it('refuses an h1 in body text', () => {
    expect(bodyBlockShape([block({ style: 'normal' }), block({ style: 'h1' })])).toMatch(/Paragraph 2 is a Heading 1/)
  })

  it('keeps biographies to plain paragraphs', () => {
    expect(bioBlockShape([block({ style: 'normal' })])).toBe(true)
    expect(bioBlockShape([block({ style: 'h2' })])).toMatch(/does not allow/)
    expect(bioBlockShape([block({ style: 'normal', listItem: 'bullet' })])).toMatch(/lists are not allowed/)
  })
})

describe('redirect rules', () => {
  it('accepts site paths and refuses URLs, spaces and reserved paths', () => {
    for (const rule of [redirectFrom, redirectTo]) {
      expect(rule('/blog/old-title')).toBe(true)
      expect(rule('https://example.com/x')).toMatch(/Start with a single/)
      expect(rule('//evil.example')).toMatch(/Start with a single/)
      expect(rule('/blog/old title')).toMatch(/spaces/)
    }
    expect(redirectFrom('/studio/desk')).toMatch(/cannot be redirected/)
    expect(redirectTo('/studio/desk')).toMatch(/cannot lead to/)
  })

  it('refuses targets that a browser reads as another site', () => {
    for (const target of ['/\\evil.example', '/\\/evil.example', '/blog//evil', '/\tevil.example', '/a\u0000b']) {
      expect(redirectTo(target)).not.toBe(true)
    }
  })

  it('never redirects away from the staff inbox, the booking pages or the APIs', () => {
    for (const from of ['/staff', '/staff/sign-in', '/consultation', '/consultation/times', '/api/revalidate']) {
      expect(redirectFrom(from)).toMatch(/cannot be redirected/)
    }
    // A rule may still send visitors to the booking page.
    expect(redirectTo('/consultation')).toBe(true)
    expect(redirectFrom('/consultations-old')).toBe(true)
  })

  it('refuses a rule that closes a loop with existing ones, or points at itself', () => {
    const existing = [
      { from: '/blog/b', to: '/blog/c', permanent: true },
      { from: '/blog/c', to: '/blog/a', permanent: true },
    ]
    expect(redirectLoop({ from: '/blog/a', to: '/blog/b', permanent: true }, existing)).toMatch(
      /loop: \/blog\/b → \/blog\/c → \/blog\/a → \/blog\/b|loop/,
    )
    expect(redirectLoop({ from: '/blog/x', to: '/blog/b', permanent: true }, existing)).toBe(true)
    expect(redirectLoop({ from: '/blog/x/', to: '/blog/x', permanent: true }, [])).toMatch(/itself/)
  })

  it('turns a published slug change into an old → new redirect and clears the rule at the new path', () => {
    expect(slugChangeRedirect('post', 'old-title', 'new-title')).toEqual({
      create: { from: '/blog/old-title', to: '/blog/new-title', permanent: true },
      removeFrom: '/blog/new-title',
    })
    expect(slugChangeRedirect('treatment', 'a', 'b')?.create.to).toBe('/treatments/b')
    expect(slugChangeRedirect('post', 'same', 'same')).toBeNull()
    expect(slugChangeRedirect('post', undefined, 'first-publish')).toBeNull()
    expect(slugChangeRedirect('category', 'a', 'b')).toBeNull()
  })
})

describe('care team', () => {
  it('accepts an empty NPI or one with a matching check digit', () => {
    expect(npiValid(undefined)).toBe(true)
    expect(npiValid('')).toBe(true)
    expect(npiValid('1234567893')).toBe(true)
  })

  it('refuses a wrong check digit, wrong length, other characters and spaces, saying which', () => {
    expect(npiValid('1234567890')).toMatch(/check digit/)
    expect(npiValid('123456789')).toMatch(/ten digits; this one has 9/)
    expect(npiValid('12345-6789')).toMatch(/ten digits, nothing else/)
    expect(npiValid(' 1234567893')).toMatch(/spaces/)
  })

  it('asks for a license on a clinician, not on staff', () => {
    expect(clinicianHasLicense(undefined, { document: { role: 'clinician' } })).toMatch(/add it/)
    expect(clinicianHasLicense(undefined, { document: { role: 'staff' } })).toBe(true)
    expect(clinicianHasLicense({ type: 'md', number: 'X', state: 'OR' }, { document: { role: 'clinician' } })).toBe(
      true,
    )
  })
})
