/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { PreviewChrome } from '@/components/preview/preview-chrome'

let enabled = false
jest.mock('@/lib/content/fetch', () => ({ isPreview: async () => enabled }))

describe('PreviewChrome', () => {
  it('renders nothing on the published site', async () => {
    enabled = false
    expect(await PreviewChrome()).toBeNull()
  })

  it('shows the Preview bar with a plain exit link, and marks the page noindex, in draft mode', async () => {
    enabled = true
    const { container } = render(<>{await PreviewChrome()}</>)
    const region = screen.getByRole('region', { name: 'Preview mode' })
    expect(region).toHaveTextContent(/Preview: you are seeing unpublished drafts/)
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute('href', '/api/draft-mode/disable')
    // React 19 hoists <meta> into <head>; either place means the page is not indexed.
    const robots = document.querySelector('meta[name="robots"]') ?? container.querySelector('meta[name="robots"]')
    expect(robots).toHaveAttribute('content', 'noindex, nofollow')
  })
})
