/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { HomeHero } from '@/components/site/home-hero'
import { HowItWorks } from '@/components/site/how-it-works'
import { SafetyNote } from '@/components/site/safety-note'

const phone = { e164: '+15035550123', display: '(503) 555-0123' }

describe('HomeHero', () => {
  it('offers the consultation and a call in English by default', () => {
    render(<HomeHero tagline="Care for depression" phone={phone} slotMinutes={15} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Care for depression' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Book a free 15-minute phone consultation' })).toHaveAttribute(
      'href',
      '/consultation',
    )
    expect(screen.getByRole('link', { name: 'Call (503) 555-0123' })).toHaveAttribute('href', 'tel:+15035550123')
  })

  it('speaks Spanish and books through the Spanish consultation page', () => {
    const { container } = render(
      <HomeHero tagline="Atención para la depresión" phone={phone} slotMinutes={20} locale="es" />,
    )
    expect(container).toHaveTextContent('Atención con ketamina para la depresión')
    expect(
      screen.getByRole('link', { name: 'Reserve una consulta telefónica gratuita de 20 minutos' }),
    ).toHaveAttribute('href', '/es/consulta')
    expect(screen.getByRole('link', { name: 'Llame al (503) 555-0123' })).toHaveAttribute('href', 'tel:+15035550123')
    expect(container).toHaveTextContent('sin compromiso')
    expect(container).not.toHaveTextContent(/Book|Call /)
  })
})

describe('Home page blocks in Spanish', () => {
  it('tells the three steps and the safety note in Spanish, modestly', () => {
    const { container } = render(
      <>
        <HowItWorks headingId="how" locale="es" />
        <SafetyNote headingId="safety" locale="es" />
      </>,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Cómo funciona' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Paso 1: Consulta telefónica gratuita' })).toBeInTheDocument()
    expect(container).toHaveTextContent('fuera de indicación (off-label)')
    expect(container).toHaveTextContent('Spravato')
    expect(container).not.toHaveTextContent(/How it works|off-label:/)
  })
})
