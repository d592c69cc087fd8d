import { paths, type Locale } from '@/lib/routes'

/**
 * /consultation (and /es/consulta) is prerendered and gets its free times from the API in the
 * browser. Without JavaScript, the day links and the time-zone form lead to the times page of
 * the same language instead: the same form with the times rendered by the server per request.
 */
export function timesPageHref(zone: string, day?: string, locale: Locale = 'en'): string {
  const query = new URLSearchParams({ tz: zone })
  if (day) query.set('day', day)
  return `${paths.consultationTimes(locale)}?${query.toString()}#choose-time`
}
