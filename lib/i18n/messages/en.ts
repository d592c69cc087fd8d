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
  /** Article, listing and rich-text components (components/content). */
  content: {
    categories: 'Categories',
    articleCategories: 'Article categories',
    allArticles: 'All articles',
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    medicalDisclaimer: 'Medical disclaimer',
    reviewedBy: 'Medically reviewed by',
    reviewedOn: 'on',
    noArticles: 'No articles yet.',
    noArticlesHere: 'No articles here yet.',
    scrollHint: 'Scroll sideways to see every column.',
    criterion: 'Criterion',
    opensInNewTab: ' (opens in a new tab)',
    unknownBlock: 'This part of the page could not be shown.',
    cta: {
      heading: 'Get your free 15-minute phone consultation',
      text: 'A no-pressure call with our care team. Pick a time that suits you, or call us.',
      buttonLabel: 'Pick a time',
      orCall: 'or call',
    },
    pagination: {
      label: 'Pagination',
      previous: 'Previous',
      next: 'Next',
      /** Read after "Previous"/"Next" by screen readers only. */
      stepSuffix: ' page',
      /** Read before each page number by screen readers only. */
      pagePrefix: 'Page ',
    },
    postList: { author: 'Author', reviewer: 'Medical reviewer' },
    person: {
      elsewhere: (name: string) => `${name} elsewhere`,
      articles: (name: string) => `Articles written or reviewed by ${name}`,
      noArticles: (name: string) => `${name} has not published any articles yet.`,
    },
    contactCard: {
      title: 'Have questions?',
      text: (minutes: number) => `Talk it through with our care team on a free ${minutes}-minute call.`,
      button: 'Book a free consultation',
      orCall: (display: string) => `or call ${display}`,
    },
  },
  /** Treatment components (components/treatment). */
  treatment: {
    sessionLength: 'Session length',
    learnMore: 'Learn more',
    facts: {
      heading: 'At a glance',
      administration: 'How it’s given',
      purpose: 'What it’s for',
      experience: 'What it feels like',
      sessionLength: 'Session length',
    },
    faqTitle: 'Frequently asked questions',
  },
  /** The home page's own blocks (components/site: hero, how it works, safety, compare teaser). */
  home: {
    hero: {
      eyebrow: 'Ketamine care for depression',
      lead: 'For adults whose depression hasn’t eased with other treatment. We take time to listen, explain your options honestly and go at your pace. It starts with a conversation, not a commitment.',
      book: (minutes: number) => `Book a free ${minutes}-minute phone consultation`,
      call: (display: string) => `Call ${display}`,
      reassure: 'Free, no obligation, and you can ask anything.',
    },
    howItWorks: {
      heading: 'How it works',
      step: (n: number) => `Step ${n}: `,
      steps: [
        {
          title: 'Free phone consultation',
          text: 'A short call with our care team about what you’re going through. We answer your questions and talk about whether ketamine treatment could be worth exploring.',
        },
        {
          title: 'Medical evaluation',
          text: 'A clinician reviews your history, current medications and overall health to check that treatment would be safe and appropriate for you.',
        },
        {
          title: 'Your treatment plan',
          text: 'If it’s a good fit, we agree a plan together, with regular check-ins. If something else would suit you better, we’ll say so.',
        },
      ],
    },
    safety: {
      heading: 'A note on safety and evidence',
      regulatory:
        'Ketamine is approved by the FDA as an anesthetic. Using it to treat depression, whether by IV infusion or in ketamine-assisted psychotherapy, is off-label: a clinician prescribes it on their own judgement, not under an FDA-approved indication. Esketamine nasal spray (Spravato) is the form the FDA has approved for treatment-resistant depression, taken alongside an oral antidepressant.',
      notForEveryone:
        'Ketamine is not right for everyone, and results vary. Before anything begins, a clinician will talk you through the possible benefits, the risks and side effects, and your other options.',
    },
    compare: {
      heading: 'Compare your options',
      lead: 'Treatments differ in how they’re given, what a session feels like and who they may suit. See them side by side before you talk to us.',
      button: 'See the comparison',
      namesLabel: 'Compared treatments',
    },
  },
  /** Titles, leads, eyebrows and breadcrumb labels of the content pages under app/. */
  team: {
    newPatients: 'New patients',
    accepting: 'Accepting new patients',
    notAccepting: 'Not accepting new patients at the moment',
    treatments: 'Treatments',
    languages: 'Languages',
    telehealth: 'Telehealth',
    videoVisits: (states: string) => `Video visits for patients in ${states}`,
    license: 'License',
    licenseNumber: (kind: string, number: string) => `${kind}, number ${number}`,
    checkWith: (board: string) => `Check it with the ${board}`,
  },
  pages: {
    home: {
      title: (clinic: string, tagline: string) => `${clinic}: ${tagline}`,
      breadcrumb: 'Home',
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
      listHeading: 'All treatments',
      empty: (phone: string) => `Treatment information is being updated. Please call us on ${phone} in the meantime.`,
      title: 'Treatments',
      description:
        'Ketamine treatments offered at our clinic: how each is given, what a session is like, and who it may suit.',
      lead: 'Each treatment starts with a free phone consultation and a medical evaluation, so you and your clinician can decide together what fits.',
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
      listHeading: 'Comparisons',
      empty: (phone: string) => `Comparisons are being updated. Please call us on ${phone} with any questions.`,
      title: 'Compare treatments',
      breadcrumb: 'Compare',
      description:
        'Side-by-side comparisons of the ketamine treatments we offer, to help you decide what to ask about.',
      lead: 'How our treatments differ in how they’re given, what sessions feel like, and who they may suit.',
    },
    comparison: {
      eyebrow: 'Compare treatments',
      tableTitle: 'Side by side',
      readMore: 'Read more about each treatment',
      ctaHeading: 'Not sure which is right for you?',
      ctaText:
        'That’s what the free consultation is for. Our care team will listen, answer your questions and explain the next steps.',
    },
    blog: {
      title: 'Articles',
      breadcrumb: 'Articles',
      lead: 'Clear, medically reviewed writing about ketamine treatment, depression and recovery, and what to expect along the way.',
      pageMetaTitle: (page: number) => `Articles, page ${page}`,
      pageEyebrow: (page: number, pageCount: number) => `Page ${page} of ${pageCount}`,
      pageBreadcrumb: (page: number) => `Page ${page}`,
    },
    category: {
      eyebrow: 'Articles',
      metaTitle: (title: string) => `${title}: articles`,
      description: (title: string) => `Articles about ${title.toLowerCase()}.`,
    },
    article: { breadcrumb: 'Articles' },
    person: {
      teamBreadcrumb: 'Our care team',
      description: (name: string, role: string) =>
        `${name}${role ? `, ${role}` : ''}: profile and articles written or medically reviewed.`,
    },
    privacy: { description: 'How we handle your information.' },
  },
} as const
