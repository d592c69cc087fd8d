/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { CrisisBanner } from '@/components/site/crisis-banner'
import { DEFAULT_CRISIS_NOTICE } from '@/components/site/crisis-notice'

describe('CrisisBanner', () => {
  it('turns 988 and 911 in the editor’s sentence into tel: links', () => {
    render(<CrisisBanner notice="If you are in crisis, call or text 988 any time. In danger? Call 911." />)
    const region = screen.getByRole('complementary', { name: 'Crisis support' })
    expect(region).toHaveTextContent('If you are in crisis, call or text 988 any time. In danger? Call 911.')
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911')
  })

  it('falls back to the default notice when the CMS text is empty', () => {
    render(<CrisisBanner notice="" />)
    expect(screen.getByRole('complementary', { name: 'Crisis support' })).toHaveTextContent(DEFAULT_CRISIS_NOTICE)
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911')
  })

  it('does not trust a notice that leaves out 911', () => {
    render(<CrisisBanner notice="Call or text 988 if you need support." />)
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911')
    expect(screen.queryByText(/if you need support/)).not.toBeInTheDocument()
  })
})
