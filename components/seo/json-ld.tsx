import type { JsonLd } from '@/lib/seo/json-ld'

/** Structured data for crawlers. `<` is escaped so content can never close the script element. */
export function JsonLdScript({ data }: { data: JsonLd | JsonLd[] }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
