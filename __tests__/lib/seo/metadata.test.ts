import { documentAlternates, fixedAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'

describe('pageMetadata', () => {
  it('builds canonical, Open Graph and Twitter from the page', () => {
    const metadata = pageMetadata({
      title: 'Ketamine IV therapy',
      description: 'What an infusion involves.',
      path: '/treatments/ketamine-iv-therapy',
      ogImagePath: '/og/treatment/ketamine-iv-therapy',
      type: 'article',
    })
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/treatments/ketamine-iv-therapy')
    expect(metadata.openGraph).toMatchObject({
      title: 'Ketamine IV therapy',
      type: 'article',
      url: 'http://localhost:3000/treatments/ketamine-iv-therapy',
      images: [{ url: 'http://localhost:3000/og/treatment/ketamine-iv-therapy', width: 1200, height: 630 }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Ketamine IV therapy' })
    expect(metadata.robots).toBeUndefined()
  })

  it('lets the document SEO fields override title and description, and honours noindex', () => {
    const metadata = pageMetadata({
      title: 'Style guide',
      description: 'Every element.',
      path: '/style-guide',
      seo: { metaTitle: 'Rich text elements', metaDescription: 'All the styles an editor can use.', noIndex: true },
    })
    expect(metadata.title).toBe('Rich text elements')
    expect(metadata.description).toBe('All the styles an editor can use.')
    expect(metadata.robots).toEqual({ index: false, follow: true })
    expect(metadata.twitter).toMatchObject({ card: 'summary' })
  })

  it('is English (en_US) with no language alternates when the page has no translation', () => {
    const metadata = pageMetadata({
      title: 'Costs',
      description: 'Prices.',
      path: '/costs',
      alternates: { en: '/costs' },
    })
    expect(metadata.alternates).toEqual({ canonical: 'http://localhost:3000/costs' })
    expect(metadata.openGraph).toMatchObject({ locale: 'en_US' })
    expect(metadata.openGraph).not.toHaveProperty('alternateLocale')
  })

  it('names a translated page in both languages, with English as x-default, from either side', () => {
    const alternates = documentAlternates('treatment', {
      en: 'ketamine-iv-therapy',
      es: 'terapia-intravenosa-con-ketamina',
    })
    const languages = {
      en: 'http://localhost:3000/treatments/ketamine-iv-therapy',
      es: 'http://localhost:3000/es/tratamientos/terapia-intravenosa-con-ketamina',
      'x-default': 'http://localhost:3000/treatments/ketamine-iv-therapy',
    }
    const english = pageMetadata({ title: 'IV', description: 'd', path: alternates.en ?? '', alternates })
    const spanish = pageMetadata({
      title: 'IV',
      description: 'd',
      path: alternates.es ?? '',
      locale: 'es',
      alternates,
    })
    expect(english.alternates).toEqual({ canonical: languages.en, languages })
    expect(spanish.alternates).toEqual({ canonical: languages.es, languages })
    expect(english.openGraph).toMatchObject({ locale: 'en_US', alternateLocale: ['es_US'] })
    expect(spanish.openGraph).toMatchObject({ locale: 'es_US', alternateLocale: ['en_US'] })
  })

  it('announces no alternates for a page only in Spanish, and marks it es_US', () => {
    const metadata = pageMetadata({
      title: 'Solo',
      description: 'd',
      path: '/es/blog/solo',
      locale: 'es',
      alternates: { es: '/es/blog/solo', en: undefined },
    })
    expect(metadata.alternates?.languages).toBeUndefined()
    expect(metadata.openGraph).toMatchObject({ locale: 'es_US' })
  })

  it('gives fixed pages both languages', () => {
    const metadata = pageMetadata({
      title: 'Inicio',
      description: 'd',
      path: '/es',
      locale: 'es',
      alternates: fixedAlternates('home'),
    })
    expect(metadata.alternates?.languages).toEqual({
      en: 'http://localhost:3000/',
      es: 'http://localhost:3000/es',
      'x-default': 'http://localhost:3000/',
    })
    expect(fixedAlternates('languageAssistance')).toEqual({
      en: '/language-assistance',
      es: '/es/asistencia-linguistica',
    })
  })
})
