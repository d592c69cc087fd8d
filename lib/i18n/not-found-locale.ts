/**
 * The language of the global 404 page (app/global-not-found.tsx). Next renders that page for
 * every URL no route answers and for the proxy's rewrites of unknown content URLs, and gives it
 * neither the URL nor any params; so proxy.ts names the URL's language in a request header
 * (Spanish under /es, English elsewhere), and the page reads it.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/routes'

export const NOT_FOUND_LOCALE_HEADER = 'x-not-found-locale'

/** The header's language, or the default when it is missing or names no language of the site. */
export function notFoundLocaleFrom(header: string | null): Locale {
  return isLocale(header) ? header : DEFAULT_LOCALE
}
