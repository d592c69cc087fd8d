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
  language: { name: 'Español', switchTo: 'English', switchLabel: 'View this page in English' },
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
}
