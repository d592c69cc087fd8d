/**
 * Pages rendered for each request (ƒ in the `next build` route list): the booking form's
 * server-rendered times, its confirmation and cancellation, the care team's inbox (/staff), and
 * the team directory (/team, whose GET filters are read from the query: see its page for why
 * it is not split into a static list and per-request filtered views). Every other page,
 * /consultation and the team's profiles (/team/<slug>) included, is prerendered.
 * The headers e2e test fails if a page is missing here (no policy) or listed wrongly (two
 * policies, scripts blocked).
 */
const PER_REQUEST = [/^\/consultation\/./, /^\/staff(\/|$)/, /^\/team$/]

export function rendersPerRequest(path: string): boolean {
  return PER_REQUEST.some((pattern) => pattern.test(path))
}
