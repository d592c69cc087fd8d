/**
 * The site's own words in English: everything a page says that is not content from the CMS.
 * `./es.ts` must have the same keys (its type is derived from this object), so a string added
 * here and forgotten in Spanish fails the type check.
 */
export const en = {
  language: { name: 'English', switchTo: 'Español', switchLabel: 'Ver esta página en español' },
  chrome: {
    skipLink: 'Skip to main content',
    crisisRegion: 'Crisis support',
    mainNav: 'Main',
    footerNav: 'Footer',
    home: 'home',
    menu: 'Menu',
    call: 'Call',
    consultation: 'Free consultation',
    nav: { treatments: 'Treatments', compare: 'Compare', articles: 'Articles' },
    footer: {
      contact: 'Contact',
      phone: 'Phone',
      email: 'Email',
      noUrgentEmail: 'Please don’t email urgent or personal medical details.',
      hours: 'Opening hours',
      closed: 'Closed',
      timesIn: (zone: string) => `Times shown in ${zone}.`,
      explore: 'Explore',
      bookConsultation: 'Book a free consultation',
      privacy: 'Privacy',
      languageAssistance: 'Language assistance',
      rights: 'All rights reserved.',
    },
    breadcrumb: 'Breadcrumb',
  },
  notFound: {
    title: 'Page not found',
    heading: 'We couldn’t find that page',
    body: 'The link may be old, or the page may have moved. These may help:',
    home: 'Home',
  },
} as const
