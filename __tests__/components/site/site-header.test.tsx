/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react'
import { SiteHeader } from '@/components/site/site-header'

const phone = { e164: '+15035550147', display: '(503) 555-0147' }

function renderHeader() {
  const view = render(<SiteHeader clinicName="Stillwater Ketamine & Wellness" phone={phone} />)
  const details = view.container.querySelector('details')
  if (!details) throw new Error('mobile menu <details> not rendered')
  return { details, summary: within(details).getByText('Menu') }
}

describe('SiteHeader', () => {
  it('links the wordmark home', () => {
    renderHeader()
    expect(screen.getByRole('link', { name: /Stillwater Ketamine & Wellness/ })).toHaveAttribute('href', '/')
  })

  it('offers the primary destinations, the consultation and the phone in each nav', () => {
    renderHeader()
    // jsdom applies no CSS, so both the desktop nav and the mobile menu's nav are present.
    const navs = screen.getAllByRole('navigation', { name: 'Main' })
    expect(navs).toHaveLength(2)
    for (const nav of navs) {
      const link = (name: string | RegExp) => within(nav).getByRole('link', { name })
      expect(link('Treatments')).toHaveAttribute('href', '/treatments')
      expect(link('Compare')).toHaveAttribute('href', '/compare')
      expect(link('Articles')).toHaveAttribute('href', '/blog')
      expect(link('Free consultation')).toHaveAttribute('href', '/consultation')
      expect(link(/\(503\) 555-0147/)).toHaveAttribute('href', 'tel:+15035550147')
    }
  })

  it('has a labelled GET search form to /search in each nav, each landmark named apart', () => {
    renderHeader()
    const forms = screen.getAllByRole('search')
    expect(forms.map((form) => form.getAttribute('aria-label'))).toEqual(['Site search', 'Site search (menu)'])
    for (const form of forms) {
      expect(form).toHaveAttribute('action', '/search')
      expect(form).toHaveAttribute('method', 'get')
      expect(within(form).getByRole('searchbox', { name: 'Search the site' })).toHaveAttribute('name', 'q')
      expect(within(form).getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit')
    }
  })

  it('gives the icon-sized call button an accessible name with the number', () => {
    renderHeader()
    const call = screen.getAllByRole('link', { name: /^Call/ })
    expect(call.map((link) => link.getAttribute('href'))).toContain('tel:+15035550147')
    expect(call[0]).toHaveTextContent('Call (503) 555-0147')
  })

  it('uses a native disclosure for the mobile menu, closed by default', () => {
    const { details, summary } = renderHeader()
    expect(details.open).toBe(false)
    expect(summary.closest('summary')).not.toBeNull()
  })

  it('closes the menu when a link inside it is followed', () => {
    const { details } = renderHeader()
    details.open = true
    const link = within(details).getByRole('link', { name: 'Articles' })
    link.addEventListener('click', (event) => event.preventDefault())
    fireEvent.click(link)
    expect(details.open).toBe(false)
  })

  it('closes the menu on Escape and returns focus to the toggle', () => {
    const { details } = renderHeader()
    details.open = true
    const link = within(details).getByRole('link', { name: 'Compare' })
    link.focus()
    fireEvent.keyDown(link, { key: 'Escape' })
    expect(details.open).toBe(false)
    expect(document.activeElement?.tagName).toBe('SUMMARY')
  })
})
