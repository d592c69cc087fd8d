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
  content: {
    categories: 'Categorías',
    articleCategories: 'Categorías de artículos',
    allArticles: 'Todos los artículos',
    by: 'Por',
    published: 'Publicado el',
    updated: 'Actualizado el',
    medicalDisclaimer: 'Aviso médico',
    reviewedBy: 'Revisado médicamente por',
    reviewedOn: 'el',
    noArticles: 'Todavía no hay artículos.',
    noArticlesHere: 'Todavía no hay artículos en esta sección.',
    scrollHint: 'Deslice hacia los lados para ver todas las columnas.',
    criterion: 'Criterio',
    opensInNewTab: ' (se abre en una pestaña nueva)',
    unknownBlock: 'No pudimos mostrar esta parte de la página.',
    cta: {
      heading: 'Reserve su consulta telefónica gratuita de 15 minutos',
      text: 'Una llamada sin compromiso con nuestro equipo de atención. Elija el horario que mejor le convenga o llámenos.',
      buttonLabel: 'Elegir un horario',
      orCall: 'o llame al',
    },
    pagination: {
      label: 'Paginación',
      previous: 'Anterior',
      next: 'Siguiente',
      stepSuffix: '',
      pagePrefix: 'Página ',
    },
    postList: { author: 'Autoría', reviewer: 'Revisión médica' },
    person: {
      elsewhere: (name: string) => `${name} en otros sitios`,
      articles: (name: string) => `Artículos escritos o revisados por ${name}`,
      noArticles: (name: string) => `${name} todavía no ha publicado artículos.`,
    },
    contactCard: {
      title: '¿Tiene preguntas?',
      text: (minutes: number) =>
        `Háblelo con nuestro equipo de atención en una llamada gratuita de ${minutes} minutos.`,
      button: 'Reserve una consulta gratuita',
      orCall: (display: string) => `o llame al ${display}`,
    },
  },
  treatment: {
    sessionLength: 'Duración de la sesión',
    learnMore: 'Más información',
    facts: {
      heading: 'En resumen',
      administration: 'Cómo se administra',
      purpose: 'Para qué se usa',
      experience: 'Qué se siente',
      sessionLength: 'Duración de la sesión',
    },
    faqTitle: 'Preguntas frecuentes',
  },
  home: {
    hero: {
      eyebrow: 'Atención con ketamina para la depresión',
      lead: 'Para adultos cuya depresión no ha mejorado con otros tratamientos. Nos tomamos el tiempo de escucharle, le explicamos sus opciones con honestidad y avanzamos a su ritmo. Todo empieza con una conversación, no con un compromiso.',
      book: (minutes: number) => `Reserve una consulta telefónica gratuita de ${minutes} minutos`,
      call: (display: string) => `Llame al ${display}`,
      reassure: 'Es gratis, sin compromiso, y puede preguntarnos lo que quiera.',
    },
    howItWorks: {
      heading: 'Cómo funciona',
      step: (n: number) => `Paso ${n}: `,
      steps: [
        {
          title: 'Consulta telefónica gratuita',
          text: 'Una llamada breve con nuestro equipo de atención sobre lo que usted está viviendo. Respondemos sus preguntas y hablamos de si vale la pena considerar el tratamiento con ketamina.',
        },
        {
          title: 'Evaluación médica',
          text: 'Un profesional clínico revisa sus antecedentes, los medicamentos que toma y su estado de salud general para confirmar que el tratamiento sería seguro y adecuado para usted.',
        },
        {
          title: 'Su plan de tratamiento',
          text: 'Si es una buena opción para usted, acordamos un plan juntos, con seguimiento regular. Si otra alternativa le conviene más, se lo diremos.',
        },
      ],
    },
    safety: {
      heading: 'Sobre la seguridad y la evidencia',
      regulatory:
        'La FDA aprobó la ketamina como anestésico. Su uso para tratar la depresión, ya sea por infusión intravenosa o en psicoterapia asistida con ketamina, es un uso fuera de indicación (off-label): el profesional la receta según su propio criterio clínico, no por una indicación aprobada por la FDA. La esketamina en aerosol nasal (Spravato) es la forma que la FDA ha aprobado para la depresión resistente al tratamiento, junto con un antidepresivo oral.',
      notForEveryone:
        'La ketamina no es adecuada para todas las personas, y los resultados varían. Antes de empezar, un profesional clínico le explicará los posibles beneficios, los riesgos y efectos secundarios, y sus otras opciones.',
    },
    compare: {
      heading: 'Compare sus opciones',
      lead: 'Los tratamientos se diferencian en cómo se administran, cómo se siente una sesión y para quién pueden ser adecuados. Véalos lado a lado antes de hablar con nosotros.',
      button: 'Ver la comparación',
      namesLabel: 'Tratamientos comparados',
    },
  },
  team: {
    newPatients: 'Pacientes nuevos',
    accepting: 'Acepta pacientes nuevos',
    notAccepting: 'Por ahora no acepta pacientes nuevos',
    treatments: 'Tratamientos',
    languages: 'Idiomas',
    telehealth: 'Telesalud',
    videoVisits: (states: string) => `Consultas por video para pacientes en ${states}`,
    license: 'Licencia',
    licenseNumber: (kind: string, number: string) => `${kind}, número ${number}`,
    checkWith: (board: string) => `Verifíquela en el sitio de la ${board} (en inglés)`,
  },
  pages: {
    home: {
      title: (clinic: string, tagline: string) => `${clinic}: ${tagline}`,
      breadcrumb: 'Inicio',
      treatmentsEyebrow: 'Tratamientos',
      treatmentsTitle: 'Nuestros tratamientos',
      treatmentsLead:
        'Todo plan comienza con una evaluación médica. Lea cómo funciona cada tratamiento, cómo es una sesión y para quién puede ser adecuado.',
      allTreatments: 'Todos los tratamientos',
      articlesEyebrow: 'De nuestro equipo clínico',
      articlesTitle: 'Artículos recientes',
      allArticles: 'Todos los artículos',
    },
    treatments: {
      listHeading: 'Todos los tratamientos',
      empty: (phone: string) =>
        `Estamos actualizando la información de los tratamientos. Mientras tanto, llámenos al ${phone}.`,
      title: 'Tratamientos',
      description:
        'Los tratamientos con ketamina que ofrece nuestra clínica: cómo se administra cada uno, cómo es una sesión y para quién puede ser adecuado.',
      lead: 'Cada tratamiento comienza con una consulta telefónica gratuita y una evaluación médica, para que usted y su profesional clínico decidan juntos qué le conviene.',
      compareText: '¿No sabe por cuál preguntar? Vea en qué se diferencian, lado a lado.',
    },
    treatment: {
      eyebrow: 'Tratamiento',
      benefits: 'Posibles beneficios',
      limitations: 'Limitaciones que conviene conocer',
      suitedFor: 'Para quién puede ser adecuado',
      compareText: 'Vea en qué se diferencia este tratamiento de las alternativas, lado a lado.',
    },
    compare: {
      listHeading: 'Comparaciones',
      empty: (phone: string) => `Estamos actualizando las comparaciones. Si tiene preguntas, llámenos al ${phone}.`,
      title: 'Comparar tratamientos',
      breadcrumb: 'Comparar',
      description:
        'Comparaciones lado a lado de los tratamientos con ketamina que ofrecemos, para ayudarle a decidir por cuál preguntar.',
      lead: 'En qué se diferencian nuestros tratamientos: cómo se administran, cómo se sienten las sesiones y para quién pueden ser adecuados.',
    },
    comparison: {
      eyebrow: 'Comparar tratamientos',
      tableTitle: 'Lado a lado',
      readMore: 'Más información sobre cada tratamiento',
      ctaHeading: '¿No está seguro de cuál es el adecuado para usted?',
      ctaText:
        'Para eso es la consulta gratuita. Nuestro equipo de atención le escuchará, responderá sus preguntas y le explicará los próximos pasos.',
    },
    blog: {
      title: 'Artículos',
      breadcrumb: 'Artículos',
      lead: 'Información clara y revisada por profesionales médicos sobre el tratamiento con ketamina, la depresión y la recuperación, y qué puede esperar en el camino.',
      pageMetaTitle: (page: number) => `Artículos, página ${page}`,
      pageEyebrow: (page: number, pageCount: number) => `Página ${page} de ${pageCount}`,
      pageBreadcrumb: (page: number) => `Página ${page}`,
    },
    category: {
      eyebrow: 'Artículos',
      metaTitle: (title: string) => `${title}: artículos`,
      description: (title: string) => `Artículos sobre ${title.toLowerCase()}.`,
    },
    article: { breadcrumb: 'Artículos' },
    person: {
      teamBreadcrumb: 'Nuestro equipo (en inglés)',
      description: (name: string, role: string) =>
        `${name}${role ? `, ${role}` : ''}: perfil y artículos que ha escrito o revisado médicamente.`,
    },
    privacy: { description: 'Cómo tratamos su información.' },
  },
}
