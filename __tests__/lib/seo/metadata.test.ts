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
})
