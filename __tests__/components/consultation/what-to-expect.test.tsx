/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { WhatToExpect } from '@/components/consultation/what-to-expect'

describe('WhatToExpect', () => {
  it('says the call is by phone and names each location with a link to its page', () => {
    render(
      <WhatToExpect
        locations={[
          { slug: 'portland-division', name: 'Portland – Division Street', city: 'Portland' },
          { slug: 'beaverton', name: 'Beaverton', city: 'Beaverton' },
        ]}
      />,
    )
    const item = screen.getByText(/The call is by phone/)
    expect(item).toHaveTextContent(
      'The call is by phone, wherever you are. Treatment itself takes place at one of our clinics: Portland – Division Street and Beaverton.',
    )
    expect(screen.getByRole('link', { name: 'Beaverton' })).toHaveAttribute('href', '/locations/beaverton')
  })

  it('leaves the sentence out when there are no locations', () => {
    render(<WhatToExpect />)
    expect(screen.queryByText(/The call is by phone/)).not.toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
  })
})
