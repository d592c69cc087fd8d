/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { SkipLink } from '@/components/site/skip-link'

it('points to the main landmark', () => {
  render(<SkipLink />)
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main')
})
