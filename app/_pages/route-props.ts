/** The props Next gives a page: its dynamic segments, as a promise (Next 15+). */
export type SlugProps = { params: Promise<{ slug: string }> }
export type PageNumberProps = { params: Promise<{ page: string }> }
