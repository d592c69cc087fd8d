/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { PostCard } from '@/components/content/post-card'
import type { PostSummary } from '@/lib/content/schemas'

const post: PostSummary = {
  _id: 'post-es-consulta',
  _updatedAt: '2026-10-01T00:00:00Z',
  title: 'Cómo funciona la consulta telefónica gratuita',
  slug: 'como-funciona-la-consulta-telefonica-gratuita',
  excerpt: 'Qué preguntamos, qué puede preguntar usted y qué pasa después.',
  publishedAt: '2026-03-04',
  mainImage: {
    alt: 'Un teléfono sobre una mesa',
    assetId: 'image-a-800x600-svg',
    url: '/seed-images/a.svg',
    width: 800,
    height: 600,
  },
  author: { name: 'Maya Chen', slug: 'maya-chen', credentials: 'MD' },
  categories: [{ title: 'Primeros pasos', slug: 'primeros-pasos' }],
}

describe('PostCard', () => {
  it('links to the article in English by default, with an English date', () => {
    const { container } = render(<PostCard post={post} />)
    expect(screen.getByRole('link', { name: post.title })).toHaveAttribute('href', `/blog/${post.slug}`)
    expect(container.querySelector('time')).toHaveTextContent('March 4, 2026')
    expect(screen.getByRole('list', { name: 'Categories' })).toBeInTheDocument()
  })

  it('links to the Spanish article and dates it in Spanish', () => {
    const { container } = render(<PostCard post={post} locale="es" />)
    expect(screen.getByRole('link', { name: post.title })).toHaveAttribute('href', `/es/blog/${post.slug}`)
    const time = container.querySelector('time')
    expect(time).toHaveTextContent('4 de marzo de 2026')
    expect(time).toHaveAttribute('dateTime', '2026-03-04')
    expect(screen.getByRole('list', { name: 'Categorías' })).toBeInTheDocument()
  })
})
