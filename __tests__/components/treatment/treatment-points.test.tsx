/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { TreatmentPoints } from '@/components/treatment/treatment-points'
import { messages } from '@/lib/i18n'

it('renders a named section with one list item per point', () => {
  render(
    <TreatmentPoints
      title="Possible benefits"
      items={['Fast relief', 'Adjustable dose']}
      tone="benefit"
      headingId="benefits"
    />,
  )
  const section = screen.getByRole('region', { name: 'Possible benefits' })
  const items = within(section).getAllByRole('listitem')
  expect(items.map((item) => item.textContent)).toEqual(['Fast relief', 'Adjustable dose'])
  expect(within(section).getByRole('heading', { level: 2 })).toHaveAttribute('id', 'benefits')
})

it('carries the Spanish page titles from the dictionary', () => {
  const t = messages('es').pages.treatment
  render(<TreatmentPoints title={t.limitations} items={['No es para todos']} tone="limitation" headingId="limits" />)
  expect(screen.getByRole('region', { name: 'Limitaciones que conviene conocer' })).toBeInTheDocument()
  expect(messages('es').pages.treatment.benefits).toBe('Posibles beneficios')
})
