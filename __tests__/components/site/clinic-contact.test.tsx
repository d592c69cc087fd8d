/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { ClinicContactProvider, useClinicPhone, useCrisisNotice } from '@/components/site/clinic-contact'
import { CrisisNotice } from '@/components/site/crisis-notice'

const phone = { e164: '+15035550147', display: '(503) 555-0147' }
const crisisNotice = 'Call or text 988 any time; in danger, call 911.'

/** What client-only UI (the error page, the booking form) renders with the hooks. */
function ClientOnlyUi() {
  const clinicPhone = useClinicPhone()
  return (
    <>
      <p>{clinicPhone ? `Call us on ${clinicPhone.display}` : 'No number'}</p>
      <CrisisNotice notice={useCrisisNotice()} />
    </>
  )
}

describe('ClinicContactProvider', () => {
  it('hands the phone number and the Site settings crisis notice to client-only UI', () => {
    const { container } = render(
      <ClinicContactProvider contact={{ phone, crisisNotice }}>
        <ClientOnlyUi />
      </ClinicContactProvider>,
    )
    expect(screen.getByText('Call us on (503) 555-0147')).toBeInTheDocument()
    expect(container).toHaveTextContent(crisisNotice)
  })

  it('outside the site layout there is no number, and the notice falls back to its built-in wording', () => {
    const { container } = render(<ClientOnlyUi />)
    expect(screen.getByText('No number')).toBeInTheDocument()
    expect(container).toHaveTextContent('If you are in crisis, call or text 988 (Suicide & Crisis Lifeline).')
  })
})
