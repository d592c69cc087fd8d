/**
 * The site's own words in English: everything a page says that is not content from the CMS.
 * `./es.ts` must have the same keys (its type is derived from this object), so a string added
 * here and forgotten in Spanish fails the type check.
 */
export const en = {
  feedTitle: 'articles',
  language: { name: 'English', homeOnly: 'home page: this page is not in English' },
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
      accessibility: 'Accessibility',
      languageAssistance: 'Language assistance',
      locations: 'Locations',
      ourLocations: 'Our locations',
      costs: 'Costs and insurance',
      team: 'Our care team',
      phoneHours: 'Phone hours',
      locationHoursNote: ' Each location’s opening hours are on its page.',
      rights: 'All rights reserved.',
    },
    breadcrumb: 'Breadcrumb',
    searchLabel: 'Site search',
    searchMenuLabel: 'Site search (menu)',
    callNumber: (display: string) => `Call ${display}`,
  },
  routes: {
    home: 'Home',
    homeTitle: (clinic: string, tagline: string) => `${clinic}: ${tagline}`,
    homePage: {
      treatmentsEyebrow: 'Treatments',
      treatmentsTitle: 'Treatments we offer',
      treatmentsLead:
        'Every plan begins with a medical evaluation. Read how each treatment works, what a session is like and who it may suit.',
      allTreatments: 'All treatments',
      articlesEyebrow: 'From our clinicians',
      articlesTitle: 'Latest articles',
      allArticles: 'All articles',
    },
    treatments: {
      title: 'Treatments',
      description:
        'Ketamine treatments offered at our clinic: how each is given, what a session is like, and who it may suit.',
      lead: 'Each treatment starts with a free phone consultation and a medical evaluation, so you and your clinician can decide together what fits.',
      listHeading: 'All treatments',
      empty: (phone: string) => `Treatment information is being updated. Please call us on ${phone} in the meantime.`,
      compareText: 'Not sure which to ask about? See how they differ, side by side.',
    },
    treatment: {
      eyebrow: 'Treatment',
      benefits: 'Possible benefits',
      limitations: 'Limitations to know about',
      suitedFor: 'Who it may suit',
      compareText: 'See how this treatment differs from the alternatives, side by side.',
    },
    compare: {
      title: 'Compare treatments',
      nav: 'Compare',
      description:
        'Side-by-side comparisons of the ketamine treatments we offer, to help you decide what to ask about.',
      lead: 'How our treatments differ in how they’re given, what sessions feel like, and who they may suit.',
      listHeading: 'Comparisons',
      empty: (phone: string) => `Comparisons are being updated. Please call us on ${phone} with any questions.`,
      tableHeading: 'Side by side',
      readMore: 'Read more about each treatment',
      ctaHeading: 'Not sure which is right for you?',
      ctaText:
        'That’s what the free consultation is for. Our care team will listen, answer your questions and explain the next steps.',
    },
    blog: {
      title: 'Articles',
      lead: 'Clear, medically reviewed writing about ketamine treatment, depression and recovery, and what to expect along the way.',
      pageTitle: (page: number) => `Articles, page ${page}`,
      pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
      page: (page: number) => `Page ${page}`,
      categoryTitle: (category: string) => `${category}: articles`,
      categoryDescription: (category: string) => `Articles about ${category.toLowerCase()}.`,
    },
    person: {
      team: 'Our care team',
      description: (name: string, role: string) =>
        `${name}${role}: profile and articles written or medically reviewed.`,
    },
    privacyDescription: 'How we handle your information.',
  },
  notFound: {
    title: 'Page not found',
    description: 'We couldn’t find that page.',
    heading: 'We couldn’t find that page',
    body: 'It may have moved, or the link may have a typo. These pages might help:',
    home: 'Home',
    treatments: 'Our treatments',
    articles: 'Articles',
    book: 'Book a free consultation',
  },
} as const
