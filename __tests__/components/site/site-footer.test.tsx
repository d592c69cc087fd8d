/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { SiteFooter, type FooterSettings } from '@/components/site/site-footer'

const settings: FooterSettings = {
  clinicName: 'Stillwater Ketamine & Wellness',
  tagline: 'Unhurried, medically supervised ketamine care',
  phone: { e164: '+15035550147', display: '(503) 555-0147' },
  email: 'care@stillwater.example',
  address: { street: '2140 SE Division Street', city: 'Portland', region: 'OR', postalCode: '97202', country: 'US' },
  timeZone: 'America/Los_Angeles',
  openingHours: [
    { _key: 'mon', day: 'monday', opens: '09:00', closes: '17:00' },
    { _key: 'sat', day: 'saturday', opens: '10:00', closes: '14:00' },
  ],
  medicalDisclaimer: 'General education, not medical advice.',
}

/** The <dd> paired with a weekday's <dt>. */
function hoursFor(day: string): string | null | undefined {
  return screen.getByText(day, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('SiteFooter', () => {
  beforeEach(() => {
    render(<SiteFooter settings={settings} year={2031} />)
  })

  it('is the contentinfo landmark with the clinic name', () => {
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('heading', { name: settings.clinicName })).toBeInTheDocument()
  })

  it('shows the postal address in an <address>', () => {
    const address = screen.getByText(/2140 SE Division Street/).closest('address')
    expect(address).toHaveTextContent('2140 SE Division StreetPortland, OR 97202')
  })

  it('lists every weekday, with days missing from the data shown as Closed', () => {
    expect(hoursFor('Monday')).toBe('9 AM – 5 PM')
    expect(hoursFor('Saturday')).toBe('10 AM – 2 PM')
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Sunday']) {
      expect(hoursFor(day)).toBe('Closed')
    }
  })

  it('labels the time zone of the hours', () => {
    expect(screen.getByText('Times shown in Pacific Time.')).toBeInTheDocument()
  })

  it('links the phone number with tel: and the email with mailto:', () => {
    expect(screen.getByRole('link', { name: '(503) 555-0147' })).toHaveAttribute('href', 'tel:+15035550147')
    expect(screen.getByRole('link', { name: 'care@stillwater.example' })).toHaveAttribute(
      'href',
      'mailto:care@stillwater.example',
    )
  })

  it('links the privacy page and shows the disclaimer and copyright year', () => {
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy')
    expect(screen.getByText('General education, not medical advice.')).toBeInTheDocument()
    expect(screen.getByText(/© 2031 Stillwater Ketamine & Wellness/)).toBeInTheDocument()
  })

  it('links the locations, costs, care team and accessibility pages', () => {
    const nav = screen.getByRole('navigation', { name: 'Footer' })
    for (const [name, href] of [
      ['Locations', '/locations'],
      ['Costs and insurance', '/costs'],
      ['Our care team', '/team'],
      ['Accessibility', '/accessibility'],
    ]) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', href)
    }
  })
})

describe('SiteFooter with locations', () => {
  it('names each location with a link to its page and its address, instead of the one clinic address', () => {
    render(
      <SiteFooter
        settings={settings}
        year={2031}
        locations={[
          {
            _id: 'location-a',
            name: 'Portland – Division Street',
            slug: 'portland-division',
            address: settings.address,
          },
          {
            _id: 'location-b',
            name: 'Beaverton',
            slug: 'beaverton',
            address: {
              street: '1 SW Example Street',
              city: 'Beaverton',
              region: 'OR',
              postalCode: '97005',
              country: 'US',
            },
          },
        ]}
      />,
    )
    const list = screen.getByRole('list', { name: 'Our locations' })
    expect(within(list).getByRole('link', { name: 'Beaverton' })).toHaveAttribute('href', '/locations/beaverton')
    expect(
      within(list)
        .getByText(/1 SW Example Street/)
        .closest('address'),
    ).toHaveTextContent('1 SW Example StreetBeaverton, OR 97005')
    expect(screen.getAllByText(/2140 SE Division Street/)).toHaveLength(1)
    expect(screen.getByText(/Each location’s opening hours are on its page/)).toBeInTheDocument()
  })
})
