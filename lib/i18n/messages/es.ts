/** The site's own words in Spanish, written for patients (usted), not translated word for word. */
import type { en } from './en'

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

/** The shape of every locale's messages: English's keys, any wording. */
export type Messages = Widen<typeof en>

export const es: Messages = {
  feedTitle: 'artículos',
  language: { name: 'Español', homeOnly: 'página de inicio: esta página no está en español' },
  chrome: {
    skipLink: 'Ir al contenido principal',
    crisisRegion: 'Ayuda en caso de crisis',
    mainNav: 'Principal',
    footerNav: 'Pie de página',
    home: 'inicio',
    menu: 'Menú',
    call: 'Llamar',
    consultation: 'Consulta gratuita',
    nav: { treatments: 'Tratamientos', compare: 'Comparar', articles: 'Artículos' },
    footer: {
      contact: 'Contacto',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      noUrgentEmail: 'Por favor, no envíe por correo electrónico asuntos urgentes ni datos médicos personales.',
      hours: 'Horario de atención',
      closed: 'Cerrado',
      timesIn: (zone: string) => `Horarios en ${zone}.`,
      explore: 'Explorar',
      bookConsultation: 'Reserve una consulta gratuita',
      privacy: 'Privacidad',
      accessibility: 'Accesibilidad (en inglés)',
      languageAssistance: 'Asistencia lingüística',
      locations: 'Ubicaciones (en inglés)',
      ourLocations: 'Nuestras ubicaciones',
      costs: 'Costos y seguro médico (en inglés)',
      team: 'Nuestro equipo (en inglés)',
      phoneHours: 'Horario telefónico',
      locationHoursNote: ' El horario de cada ubicación aparece en su página.',
      rights: 'Todos los derechos reservados.',
    },
    breadcrumb: 'Ruta de navegación',
    searchLabel: 'Buscar en el sitio',
    searchMenuLabel: 'Buscar en el sitio (menú)',
    callNumber: (display: string) => `Llamar al ${display}`,
  },
  routes: {
    home: 'Inicio',
    homeTitle: (clinic: string, tagline: string) => `${clinic}: ${tagline}`,
    homePage: {
      treatmentsEyebrow: 'Tratamientos',
      treatmentsTitle: 'Tratamientos que ofrecemos',
      treatmentsLead:
        'Todo plan comienza con una evaluación médica. Lea cómo funciona cada tratamiento, cómo es una sesión y a quién puede convenirle.',
      allTreatments: 'Todos los tratamientos',
      articlesEyebrow: 'De nuestro equipo clínico',
      articlesTitle: 'Artículos recientes',
      allArticles: 'Todos los artículos',
    },
    treatments: {
      title: 'Tratamientos',
      description:
        'Los tratamientos con ketamina que ofrece nuestra clínica: cómo se administra cada uno, cómo es una sesión y a quién puede convenirle.',
      lead: 'Todo tratamiento empieza con una consulta telefónica gratuita y una evaluación médica, para que usted y su profesional clínico decidan juntos qué le conviene.',
      listHeading: 'Todos los tratamientos',
      empty: (phone: string) =>
        `Estamos actualizando la información de los tratamientos. Mientras tanto, llámenos al ${phone}.`,
      compareText: '¿No sabe por cuál preguntar? Vea sus diferencias, lado a lado.',
    },
    treatment: {
      eyebrow: 'Tratamiento',
      benefits: 'Posibles beneficios',
      limitations: 'Limitaciones que conviene conocer',
      suitedFor: 'A quién puede convenirle',
      compareText: 'Vea en qué se diferencia este tratamiento de las alternativas, lado a lado.',
    },
    compare: {
      title: 'Comparar tratamientos',
      nav: 'Comparar',
      description:
        'Comparaciones lado a lado de los tratamientos con ketamina que ofrecemos, para ayudarle a decidir qué preguntar.',
      lead: 'En qué se diferencian nuestros tratamientos: cómo se administran, cómo se sienten las sesiones y a quién pueden convenirle.',
      listHeading: 'Comparaciones',
      empty: (phone: string) => `Estamos actualizando las comparaciones. Si tiene preguntas, llámenos al ${phone}.`,
      tableHeading: 'Lado a lado',
      readMore: 'Más información sobre cada tratamiento',
      ctaHeading: '¿No está seguro de cuál le conviene?',
      ctaText:
        'Para eso es la consulta gratuita. Nuestro equipo de atención le escuchará, responderá sus preguntas y le explicará los siguientes pasos.',
    },
    blog: {
      title: 'Artículos',
      lead: 'Artículos claros y revisados por nuestro equipo médico sobre el tratamiento con ketamina, la depresión y la recuperación, y sobre qué esperar en cada paso.',
      pageTitle: (page: number) => `Artículos, página ${page}`,
      pageOf: (page: number, count: number) => `Página ${page} de ${count}`,
      page: (page: number) => `Página ${page}`,
      categoryTitle: (category: string) => `${category}: artículos`,
      categoryDescription: (category: string) => `Artículos sobre ${category.toLowerCase()}.`,
    },
    person: {
      team: 'Nuestro equipo de atención',
      description: (name: string, role: string) =>
        `${name}${role}: perfil y artículos que ha escrito o revisado médicamente.`,
    },
    privacyDescription: 'Cómo tratamos su información.',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'No encontramos esa página.',
    heading: 'No encontramos esa página',
    body: 'Es posible que la página se haya movido o que el enlace tenga un error. Estas páginas pueden servirle:',
    home: 'Inicio',
    treatments: 'Nuestros tratamientos',
    articles: 'Artículos',
    book: 'Reserve una consulta gratuita',
  },
}
