/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Link } from '@/components/site/link'

// jest.setup.ts gives every test the same fake router (usePathname() is '/').
const navigation = jest.requireMock<{ useRouter: () => { prefetch: jest.Mock } }>('next/navigation')
const prefetch = navigation.useRouter().prefetch

describe('Link', () => {
  beforeEach(() => prefetch.mockClear())

  it('prefetches nothing on render, and its route when pointed at, focused or touched', () => {
    render(<Link href="/treatments">Treatments</Link>)
    expect(prefetch).not.toHaveBeenCalled()

    const link = screen.getByRole('link', { name: 'Treatments' })
    fireEvent.mouseEnter(link)
    fireEvent.focus(link)
    fireEvent.touchStart(link)
    expect(prefetch.mock.calls).toEqual([['/treatments'], ['/treatments'], ['/treatments']])
  })

  it('still calls the handlers it was given', () => {
    const onFocus = jest.fn()
    render(
      <Link href="/blog" onFocus={onFocus}>
        Blog
      </Link>,
    )
    fireEvent.focus(screen.getByRole('link', { name: 'Blog' }))
    expect(onFocus).toHaveBeenCalledTimes(1)
  })

  it('with prefetch="idle", prefetches once the page is idle, and not when it is already on that page', () => {
    jest.useFakeTimers()
    try {
      render(
        <>
          <Link href="/consultation" prefetch="idle">
            Book
          </Link>
          <Link href="/" prefetch="idle">
            Home
          </Link>
        </>,
      )
      expect(prefetch).not.toHaveBeenCalled()
      // jsdom has no requestIdleCallback, so the fallback timeout stands in for the idle moment.
      act(() => {
        jest.runAllTimers()
      })
      expect(prefetch.mock.calls).toEqual([['/consultation']])
    } finally {
      jest.useRealTimers()
    }
  })
})
