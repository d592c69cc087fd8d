/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { Breadcrumb } from '@/components/site/breadcrumb'

describe('Breadcrumb', () => {
  beforeEach(() => {
    render(
      <Breadcrumb
        items={[
          { label: 'Home', href: '/' },
          { label: 'Treatments', href: '/treatments' },
          { label: 'Ketamine IV Therapy', href: '/treatments/ketamine-iv-therapy' },
        ]}
      />,
    )
  })

  it('is a navigation landmark named Breadcrumb with an ordered list', () => {
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3)
  })

  it('links the ancestors', () => {
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('link', { name: 'Treatments' })).toHaveAttribute('href', '/treatments')
  })

  it('marks the last item as the current page, without a link', () => {
    const current = screen.getByText('Ketamine IV Therapy')
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(screen.queryByRole('link', { name: 'Ketamine IV Therapy' })).not.toBeInTheDocument()
  })
})

describe('Breadcrumb in Spanish', () => {
  it('is named in Spanish', () => {
    render(
      <Breadcrumb
        items={[
          { label: 'Inicio', href: '/es' },
          { label: 'Tratamientos', href: '/es/tratamientos' },
        ]}
        locale="es"
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Ruta de navegación' })
    expect(within(nav).getByRole('link', { name: 'Inicio' })).toHaveAttribute('href', '/es')
  })
})
