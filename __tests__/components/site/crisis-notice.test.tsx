/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import {
  CrisisNotice,
  CrisisNoticeText,
  DEFAULT_CRISIS_NOTICE,
  crisisNoticeParts,
} from '@/components/site/crisis-notice'

const SETTINGS_NOTICE =
  'If you are in crisis or thinking about suicide, call or text 988 to reach the Suicide & Crisis Lifeline, any time of day. If you are in immediate danger, call 911.'

describe('CrisisNotice', () => {
  it('shows the Site settings wording after the place’s own lead, with both numbers as tel: links', () => {
    const { container } = render(
      <CrisisNotice notice={SETTINGS_NOTICE} lead="This form is not monitored for emergencies." />,
    )
    expect(container).toHaveTextContent(`This form is not monitored for emergencies. ${SETTINGS_NOTICE}`)
    expect(screen.getByText('This form is not monitored for emergencies.').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911')
  })

  it('takes a class for its placement on top of its own look', () => {
    const { container } = render(<CrisisNotice notice={SETTINGS_NOTICE} className="spaced" />)
    expect(container.firstElementChild).toHaveClass('notice', 'spaced')
  })

  it('is a plain paragraph, not a second "Crisis support" landmark beside the banner', () => {
    const { container } = render(<CrisisNotice notice={SETTINGS_NOTICE} />)
    expect(container.firstElementChild?.tagName).toBe('P')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })

  it.each([null, undefined, '  ', 'Please reach out to someone you trust.', 'Call 911 in an emergency.'])(
    'uses the built-in wording when the settings give %p',
    (notice) => {
      const { container } = render(<CrisisNotice notice={notice} />)
      expect(container).toHaveTextContent(DEFAULT_CRISIS_NOTICE)
      expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
      expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911')
    },
  )
})

describe('DEFAULT_CRISIS_NOTICE', () => {
  it('says to call or text 988, the Suicide & Crisis Lifeline, and to call 911 in an emergency', () => {
    expect(DEFAULT_CRISIS_NOTICE).toMatch(/call or text 988 \(Suicide & Crisis Lifeline\)/)
    expect(DEFAULT_CRISIS_NOTICE).toMatch(/In an emergency, call 911\./)
  })
})

describe('CrisisNoticeText', () => {
  it('renders only the sentence, for a paragraph that brings its own styles (the root error page)', () => {
    const { container } = render(
      <p>
        <CrisisNoticeText linkStyle={{ fontWeight: 700 }} />
      </p>,
    )
    expect(container.querySelector('p')).toHaveTextContent(DEFAULT_CRISIS_NOTICE)
    expect(screen.getByRole('link', { name: '988' })).toHaveStyle({ fontWeight: '700' })
  })
})

describe('crisisNoticeParts', () => {
  it('keys each piece by its offset, so a repeated number still gets a unique key', () => {
    const parts = crisisNoticeParts('Text 988, call 988, or call 911.')
    expect(parts.filter((part) => part.kind === 'number').map((part) => part.start)).toEqual([5, 15, 28])
    expect(new Set(parts.map((part) => part.start)).size).toBe(parts.length)
  })

  it('does not link numbers that merely contain 988 or 911', () => {
    const parts = crisisNoticeParts('Ref 19881 and 9110: call or text 988, emergencies 911.')
    expect(parts.filter((part) => part.kind === 'number')).toHaveLength(2)
  })
})
