import { notFound } from 'next/navigation'

/**
 * Any /es path no page claims: the Spanish 404 (./../not-found.tsx) in the Spanish chrome. Without
 * this, Next would answer with the English global-not-found. The proxy also rewrites unknown
 * Spanish content slugs here.
 */
export default function SpanishMissingPage(): never {
  notFound()
}
