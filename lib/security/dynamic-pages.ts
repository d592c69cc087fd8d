/**
 * Pages rendered for each request (ƒ in the `next build` route list): the booking form's
 * server-rendered times, its confirmation and cancellation, site search's results (they depend on
 * the query string), and the care team's pages. Every
 * other page, /consultation itself included, is prerendered.
 * The headers e2e test fails if a page is missing here (no policy) or listed wrongly (two
 * policies, scripts blocked).
 */
const PER_REQUEST = [/^\/consultation\/./, /^\/staff(\/|$)/, /^\/search$/]

export function rendersPerRequest(path: string): boolean {
  return PER_REQUEST.some((pattern) => pattern.test(path))
}
