/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { ArticleView } from '@/components/content/article-view'
import { postSchema, siteSettingsSchema } from '@/lib/content/schemas'
import { POST_QUERY, SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { TextDecoder as NodeTextDecoder } from 'node:util'

// Real seed articles (groq-js over the dataset), one per language, rendered as the pages do.
const SPANISH_SLUG = 'terapia-de-ketamina-intravenosa-o-psicoterapia-asistida-con-ketamina'
const ENGLISH_SLUG = 'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'

async function load(slug: string, language: 'en' | 'es') {
  // jsdom has no TextDecoder, which the seed loader's image-size needs; Node's own is the same API.
  globalThis.TextDecoder ??= NodeTextDecoder as typeof globalThis.TextDecoder
  const { querySeed } = await import('../../helpers/seed')
  const [post, settings] = await Promise.all([
    querySeed(postSchema, POST_QUERY, { slug, language }),
    querySeed(siteSettingsSchema, SITE_SETTINGS_QUERY),
  ])
  return { post, settings }
}

describe('ArticleView in Spanish', () => {
  it('speaks Spanish around the article and links only to Spanish pages', async () => {
    const { post, settings } = await load(SPANISH_SLUG, 'es')
    const { container } = render(<ArticleView post={post} settings={settings} locale="es" />)

    const crumbs = screen.getByRole('navigation', { name: 'Ruta de navegación' })
    expect(within(crumbs).getByRole('link', { name: 'Inicio' })).toHaveAttribute('href', '/es')
    expect(within(crumbs).getByRole('link', { name: 'Artículos' })).toHaveAttribute('href', '/es/blog')

    expect(container).toHaveTextContent(`Por ${post.author.name}`)
    expect(screen.getByRole('link', { name: post.author.name })).toHaveAttribute(
      'href',
      `/es/equipo/${post.author.slug}`,
    )
    expect(container).toHaveTextContent(/Publicado el \d{1,2} de [a-z]+ de \d{4}/)
    expect(container).toHaveTextContent(/Revisado médicamente por .+ el \d{1,2} de [a-z]+ de \d{4}/)
    expect(screen.getByRole('complementary', { name: 'Aviso médico' })).toBeInTheDocument()
    if (post.categories.length > 0) {
      const categories = screen.getByRole('list', { name: 'Categorías' })
      for (const link of within(categories).getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^\/es\/blog\/categoria\//)
      }
    }

    // Every link the page builds (breadcrumb, byline, body, call to action) stays in Spanish.
    const siteLinks = Array.from(container.querySelectorAll('a[href^="/"]')).map((a) => a.getAttribute('href'))
    expect(siteLinks.length).toBeGreaterThan(3)
    for (const href of siteLinks) expect(href).toMatch(/^\/es(\/|$)/)
    expect(siteLinks).toContain('/es/consulta')
    // No English chrome left over.
    expect(container).not.toHaveTextContent(/Medically reviewed|Published|Home\b/)
  })
})

describe('ArticleView in English (the default)', () => {
  it('keeps the English wording and paths when no locale is passed', async () => {
    const { post, settings } = await load(ENGLISH_SLUG, 'en')
    const { container } = render(<ArticleView post={post} settings={settings} />)
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(crumbs).getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/blog')
    expect(container).toHaveTextContent(/Medically reviewed by .+ on [A-Z][a-z]+ \d{1,2}, \d{4}/)
    const siteLinks = Array.from(container.querySelectorAll('a[href^="/"]')).map((a) => a.getAttribute('href'))
    for (const href of siteLinks) expect(href).not.toMatch(/^\/es(\/|$)/)
  })
})
