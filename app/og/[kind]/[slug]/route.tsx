/**
 * Generated Open Graph cards (1200x630 PNG) for articles and treatments: the seed images are
 * SVG, which social networks do not show, and an editor may not set an OG image at all.
 */
import { ImageResponse } from 'next/og'
import { getPost, getNewestPostSlugs, getSiteSettings, getTreatment, getTreatments } from '@/lib/content'
import type { OgCardType } from '@/lib/routes'

export const dynamic = 'force-static'

/** Every card `paths.ogCard` links to (lib/routes). */
export async function generateStaticParams(): Promise<{ kind: OgCardType; slug: string }[]> {
  const [posts, treatments] = await Promise.all([getNewestPostSlugs(), getTreatments()])
  return [
    ...posts.map((slug) => ({ kind: 'post' as const, slug })),
    ...treatments.map((treatment) => ({ kind: 'treatment' as const, slug: treatment.slug })),
  ]
}

async function cardText(kind: string, slug: string): Promise<{ eyebrow: string; title: string } | null> {
  if (kind === 'post') {
    const post = await getPost(slug)
    return post ? { eyebrow: post.categories[0]?.title ?? 'Article', title: post.title } : null
  }
  if (kind === 'treatment') {
    const treatment = await getTreatment(slug)
    return treatment ? { eyebrow: 'Treatment', title: treatment.name } : null
  }
  return null
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind, slug } = await params
  const [text, settings] = await Promise.all([cardText(kind, slug), getSiteSettings()])
  if (!text) return new Response('Not found', { status: 404 })
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: 'linear-gradient(135deg, #2f5d62 0%, #234649 100%)',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, letterSpacing: 2, textTransform: 'uppercase', color: '#e8d9b8' }}>
        {text.eyebrow}
      </div>
      <div style={{ display: 'flex', fontSize: text.title.length > 70 ? 56 : 68, lineHeight: 1.15, fontWeight: 700 }}>
        {text.title}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#dfe9e7' }}>
        <span>{settings.clinicName}</span>
        <span>{settings.phone.display}</span>
      </div>
    </div>,
    { width: 1200, height: 630 },
  )
}
