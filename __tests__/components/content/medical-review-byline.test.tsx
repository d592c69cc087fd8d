/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { MedicalReviewByline } from '@/components/content/medical-review-byline'
import { FormattedDate } from '@/components/content/formatted-date'

describe('MedicalReviewByline', () => {
  it('names the reviewer with credentials, links to their profile and dates the review', () => {
    const { container } = render(
      <MedicalReviewByline
        review={{
          reviewer: { name: 'Maya Chen', slug: 'maya-chen', credentials: 'MD', jobTitle: 'Medical Director' },
          lastReviewed: '2025-03-04',
        }}
      />,
    )
    expect(container).toHaveTextContent('Medically reviewed by Maya Chen, MD on March 4, 2025')
    expect(screen.getByRole('link', { name: 'Maya Chen, MD' })).toHaveAttribute('href', '/team/maya-chen')
    const time = container.querySelector('time')
    expect(time).toHaveAttribute('dateTime', '2025-03-04')
  })

  it('omits the comma when the reviewer has no credentials', () => {
    render(
      <MedicalReviewByline
        review={{ reviewer: { name: 'Sam Ortiz', slug: 'sam-ortiz' }, lastReviewed: '2025-01-31' }}
      />,
    )
    expect(screen.getByRole('link', { name: 'Sam Ortiz' })).toBeInTheDocument()
  })
})

describe('FormattedDate', () => {
  it('reads date-only values as calendar dates, not shifted by a time zone', () => {
    const { container } = render(<FormattedDate date="2025-01-01" timeZone="America/Los_Angeles" />)
    expect(container).toHaveTextContent('January 1, 2025')
  })

  it('formats date-times in the given zone', () => {
    const { container } = render(<FormattedDate date="2025-01-01T03:00:00Z" timeZone="America/Los_Angeles" />)
    expect(container).toHaveTextContent('December 31, 2024')
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-01-01T03:00:00Z')
  })
})

describe('MedicalReviewByline in Spanish', () => {
  it('reads "Revisado médicamente por … el …" and links to the Spanish profile', () => {
    const { container } = render(
      <MedicalReviewByline
        review={{ reviewer: { name: 'Maya Chen', slug: 'maya-chen', credentials: 'MD' }, lastReviewed: '2025-03-04' }}
        locale="es"
      />,
    )
    expect(container).toHaveTextContent('Revisado médicamente por Maya Chen, MD el 4 de marzo de 2025')
    expect(screen.getByRole('link', { name: 'Maya Chen, MD' })).toHaveAttribute('href', '/es/equipo/maya-chen')
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-03-04')
  })

  it('formats dates in Spanish with the same zone rules', () => {
    const { container } = render(
      <FormattedDate date="2025-01-01T03:00:00Z" timeZone="America/Los_Angeles" locale="es" />,
    )
    expect(container).toHaveTextContent('31 de diciembre de 2024')
  })
})
