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
      languageAssistance: 'Asistencia lingüística',
      rights: 'Todos los derechos reservados.',
    },
    breadcrumb: 'Ruta de navegación',
  },
  notFound: {
    title: 'Página no encontrada',
    heading: 'No encontramos esa página',
    body: 'Es posible que el enlace sea antiguo o que la página se haya movido. Estas páginas pueden servirle:',
    home: 'Inicio',
  },
}
