/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { TreatmentCard } from '@/components/treatment/treatment-card'
import type { TreatmentSummary } from '@/lib/content/schemas'

const treatment: TreatmentSummary = {
  _id: 'treatment-iv',
  _updatedAt: '2026-01-01T00:00:00Z',
  name: 'Ketamine IV Therapy',
  slug: 'ketamine-iv-therapy',
  summary: 'A low dose of ketamine given slowly through a vein.',
  sessionLength: 'About 40–60 minutes',
  heroImage: {
    alt: 'A drop falling into still water',
    assetId: 'image-a-800x600-svg',
    url: '/seed-images/a.svg',
    width: 800,
    height: 600,
  },
}

describe('TreatmentCard', () => {
  it('names the treatment in a heading that links to its page', () => {
    render(<TreatmentCard treatment={treatment} />)
    const heading = screen.getByRole('heading', { level: 3, name: 'Ketamine IV Therapy' })
    expect(heading.querySelector('a')).toHaveAttribute('href', '/treatments/ketamine-iv-therapy')
  })

  it('is a single link (one tab stop) with summary, session length and image', () => {
    render(<TreatmentCard treatment={treatment} headingLevel={2} />)
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument()
    expect(screen.getByText(treatment.summary)).toBeInTheDocument()
    expect(screen.getByText(/Session length:/).parentElement).toHaveTextContent('Session length: About 40–60 minutes')
    expect(screen.getByRole('img', { name: 'A drop falling into still water' })).toBeInTheDocument()
  })
})

describe('TreatmentCard in Spanish', () => {
  it('links to the Spanish treatment page and labels the session length in Spanish', () => {
    const { container } = render(<TreatmentCard treatment={treatment} locale="es" />)
    expect(screen.getByRole('link', { name: 'Ketamine IV Therapy' })).toHaveAttribute(
      'href',
      '/es/tratamientos/ketamine-iv-therapy',
    )
    expect(container).toHaveTextContent('Duración de la sesión: About 40–60 minutes')
    expect(container).toHaveTextContent('Más información')
  })
})
