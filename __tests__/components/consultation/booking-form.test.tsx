/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { BookingForm, type BookingFormProps } from '@/components/consultation/booking-form'
import { ErrorSummary } from '@/components/consultation/error-summary'
import { SlotPicker } from '@/components/consultation/slot-picker'
import { groupSlotsByDay } from '@/lib/consultations/shared/format'
import type { BookingFormState } from '@/lib/consultations/shared/form-state'
import { MESSAGES, type FieldErrors } from '@/lib/consultations/shared/validation'

const zone = 'America/New_York'
const days = groupSlotsByDay(
  [
    { start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T13:15:00.000Z' },
    { start: '2026-06-10T13:15:00.000Z', end: '2026-06-10T13:30:00.000Z' },
    { start: '2026-06-11T14:00:00.000Z', end: '2026-06-11T14:15:00.000Z' },
  ],
  zone,
)

const pickerProps = {
  days,
  selectedDay: '2026-06-10',
  selectedSlot: '',
  zone,
  loading: false,
  loadFailed: false,
  onRetry: () => undefined,
  clinicPhone: { e164: '+15035550147', display: '(503) 555-0147' },
  error: undefined,
  onDayChange: () => undefined,
  onSlotChange: () => undefined,
}

describe('SlotPicker', () => {
  it('without JavaScript, offers days as links to the server-rendered times, keeping the time zone', () => {
    render(<SlotPicker {...pickerProps} hydrated={false} />)
    const links = within(screen.getByRole('navigation', { name: 'Day' })).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/consultation/times?tz=America%2FNew_York&day=2026-06-10#choose-time',
      '/consultation/times?tz=America%2FNew_York&day=2026-06-11#choose-time',
    ])
    expect(links[0]).toHaveAttribute('aria-current', 'true')
    expect(screen.getByRole('group', { name: 'Time on Wednesday, June 10' })).toBeInTheDocument()
    expect(screen.getAllByRole('radio', { name: /AM$/ }).map((radio) => radio.getAttribute('value'))).toEqual([
      '2026-06-10T13:00:00.000Z',
      '2026-06-10T13:15:00.000Z',
    ])
  })

  it('with JavaScript, offers days as one radio group', () => {
    const onDayChange = jest.fn()
    render(<SlotPicker {...pickerProps} hydrated onDayChange={onDayChange} />)
    const dayRadios = within(screen.getByRole('group', { name: 'Day' })).getAllByRole('radio')
    expect(dayRadios.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Wednesday, June 10',
      'Thursday, June 11',
    ])
    fireEvent.click(dayRadios[1] as HTMLElement)
    expect(onDayChange).toHaveBeenCalledWith('2026-06-11')
  })

  it('keeps a time chosen on another day in the form', () => {
    const { container } = render(
      <SlotPicker {...pickerProps} hydrated selectedDay="2026-06-10" selectedSlot="2026-06-11T14:00:00.000Z" />,
    )
    expect(container.querySelector('input[type="hidden"][name="slotStart"]')).toHaveValue('2026-06-11T14:00:00.000Z')
  })

  it('before its times arrive, is busy, and says so only once React runs', () => {
    const { container, rerender } = render(<SlotPicker {...pickerProps} days={null} hydrated={false} loading />)
    expect(container.querySelector('#times')).toHaveAttribute('aria-busy', 'true')
    expect(screen.queryByText(/Loading/)).not.toBeInTheDocument()
    rerender(<SlotPicker {...pickerProps} days={null} hydrated loading />)
    expect(screen.getByText('Loading the free times…')).toBeInTheDocument()
  })

  it('offers a retry when the times could not be loaded', () => {
    const onRetry = jest.fn()
    render(<SlotPicker {...pickerProps} days={null} hydrated loadFailed onRetry={onRetry} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('We could not load the free times.')
    expect(within(alert).getByRole('link', { name: '(503) 555-0147' })).toHaveAttribute('href', 'tel:+15035550147')
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('with no free times at all, says so and gives the number to call', () => {
    render(<SlotPicker {...pickerProps} days={[]} hydrated />)
    expect(screen.getByText(/No times are free in the coming weeks/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '(503) 555-0147' })).toHaveAttribute('href', 'tel:+15035550147')
  })

  it('ties its error to the group of times', () => {
    render(<SlotPicker {...pickerProps} hydrated error={MESSAGES.slotTaken} />)
    expect(screen.getByRole('group', { name: /^Time on/ })).toHaveAccessibleDescription(MESSAGES.slotTaken)
  })
})

describe('ErrorSummary', () => {
  it('lists each problem as a link to its field, and renders nothing without errors', () => {
    const { rerender, container } = render(
      <ErrorSummary errors={{ phone: [MESSAGES.phoneInvalid], name: [MESSAGES.nameRequired] }} />,
    )
    const alert = screen.getByRole('alert', { name: 'Please check 2 things' })
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#field-name', '#field-phone'])
    rerender(<ErrorSummary errors={{}} />)
    expect(container).toBeEmptyDOMElement()
  })
})

/** Props both form suites render with; only the action differs. */
const props = (action: BookingFormProps['action']): BookingFormProps => ({
  action,
  days,
  initialDay: undefined,
  timeZone: zone,
  timeZoneOptions: [{ value: zone, label: 'Eastern Time (New York)' }],
  horizonDays: 22,
  treatments: [{ slug: 'ketamine-iv-therapy', name: 'Ketamine IV therapy' }],
  idempotencyKey: 'form-key-0001',
  defaultCountry: 'US',
  privacyHref: '/privacy',
  clinicPhone: { e164: '+15035550147', display: '(503) 555-0147' },
  retentionDays: 180,
})

// The slots API is the server, which jsdom does not run (nor has Response): the browser
// tests use the real one. The form reads only these three fields of the answer.
type SlotsReply = Pick<Response, 'ok' | 'status' | 'json'>
const fetchSpy = jest.fn<Promise<SlotsReply>, Parameters<typeof fetch>>()

/** Each test starts with the fetch spy as window.fetch and the times page's URL. */
function installFetchSpy() {
  fetchSpy.mockReset()
  Object.defineProperty(window, 'fetch', { value: fetchSpy, configurable: true, writable: true })
  window.history.replaceState(null, '', '/consultation/times?tz=America/New_York')
}

describe('BookingForm', () => {
  beforeEach(installFetchSpy)

  const reply = (status: number, body: unknown): SlotsReply => ({ ok: status < 300, status, json: async () => body })
  const slotsBody = {
    timeZone: zone,
    slots: days.flatMap((day) => day.slots.map(({ start, end }) => ({ start, end }))),
  }

  async function fillAndSubmit() {
    fireEvent.click(screen.getByRole('radio', { name: '9:15 AM' }))
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Alex Rivera' } })
    fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '212 555 0123' } })
    fireEvent.click(screen.getByLabelText(/I agree that the clinic/))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Request my call' }))
    })
  }

  it('checks input in the browser with the shared schema and never calls the action when it fails', async () => {
    const action = jest.fn(async (state: BookingFormState) => state)
    render(<BookingForm {...props(action)} />)
    fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '12' } })
    fireEvent.click(screen.getByRole('button', { name: 'Request my call' }))

    // The schema loads on demand, so the summary appears after a tick.
    const alert = await screen.findByRole('alert', { name: 'Please check 4 things' })
    expect(alert).toHaveFocus()
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(MESSAGES.nameRequired)
    expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription(
      `The number we should call, with area code. ${MESSAGES.phoneInvalid}`,
    )
    expect(screen.getByLabelText('Phone number')).toHaveValue('12')
    expect(action).not.toHaveBeenCalled()
  })

  it('sends valid input to the action, with the zone, the idempotency key and the honeypot', async () => {
    const sent: FormData[] = []
    const action = jest.fn(async (state: BookingFormState, form: FormData) => {
      sent.push(form)
      return state
    })
    render(<BookingForm {...props(action)} />)
    await fillAndSubmit()
    expect(action).toHaveBeenCalledTimes(1)
    const form = sent[0]
    expect(form?.get('slotStart')).toBe('2026-06-10T13:15:00.000Z')
    expect(form?.get('timeZone')).toBe(zone)
    expect(form?.get('idempotencyKey')).toBe('form-key-0001')
    expect(form?.get('website')).toBe('')
    expect(screen.queryByRole('alert', { name: /Please check/ })).not.toBeInTheDocument()
    // The server rendered these times in the ?tz= zone: nothing to load.
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('prerendered without times (slots API stubbed): loads them for ?tz= and makes one idempotency key for the form', async () => {
    window.history.replaceState(null, '', '/consultation?tz=America/New_York')
    fetchSpy.mockResolvedValue(reply(200, slotsBody))
    const sent: FormData[] = []
    const action = jest.fn(async (state: BookingFormState, form: FormData) => {
      sent.push(form)
      return state
    })
    const { container } = render(<BookingForm {...props(action)} days={null} idempotencyKey={undefined} />)
    expect(container.querySelector('input[name="idempotencyKey"]')).toBeNull()

    await screen.findByRole('radio', { name: '9:15 AM' })
    const requested = new URL(String(fetchSpy.mock.calls[0]?.[0]), 'http://localhost')
    expect(requested.pathname).toBe('/api/consultation-slots')
    expect(requested.searchParams.get('tz')).toBe(zone)
    expect(requested.searchParams.get('days')).toBe('22')

    await fillAndSubmit()
    expect(action).toHaveBeenCalledTimes(1)
    expect(sent[0]?.get('slotStart')).toBe('2026-06-10T13:15:00.000Z')
    expect(sent[0]?.get('idempotencyKey')).toMatch(/^[0-9a-f]{32}$/)
    // Sent again (a double tap, a retry): the same key, so the server books once.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Request my call' }))
    })
    expect(action).toHaveBeenCalledTimes(2)
    expect(sent[1]?.get('idempotencyKey')).toBe(sent[0]?.get('idempotencyKey'))
  })

  it('prerendered without times (slots API stubbed to fail): says so and loads them on retry', async () => {
    fetchSpy.mockResolvedValueOnce(reply(503, {}))
    fetchSpy.mockResolvedValueOnce(reply(200, slotsBody))
    render(<BookingForm {...props(jest.fn())} days={null} idempotencyKey={undefined} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We could not load the free times.')
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('radio', { name: '9:15 AM' })).toBeInTheDocument()
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })
})

describe('BookingForm answered by the server', () => {
  beforeEach(installFetchSpy)
  const taken = '2026-06-10T13:15:00.000Z'

  /** The Server Action's answer: the errors, the input echoed, and a new attempt number each time. */
  function answering(errors: FieldErrors) {
    return jest.fn(async (previous: BookingFormState, form: FormData): Promise<BookingFormState> => ({
      status: 'error',
      attempt: previous.status === 'error' ? previous.attempt + 1 : 1,
      errors,
      values: {
        name: String(form.get('name')),
        phone: String(form.get('phone')),
        email: '',
        slotStart: String(form.get('slotStart')),
        treatment: '',
        consent: true,
      },
    }))
  }

  async function fillAndSubmit() {
    fireEvent.click(screen.getByRole('radio', { name: '9:15 AM' }))
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Alex Rivera' } })
    fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '212 555 0123' } })
    fireEvent.click(screen.getByLabelText(/I agree that the clinic/))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Request my call' }))
    })
  }

  it('when the time was just taken: focuses the summary, drops the time and loads the times again', async () => {
    let answer: (reply: SlotsReply) => void = () => undefined
    fetchSpy.mockReturnValue(
      new Promise<SlotsReply>((resolve) => {
        answer = resolve
      }),
    )
    render(<BookingForm {...props(answering({ slotStart: [MESSAGES.slotTaken] }))} />)
    await fillAndSubmit()

    const alert = await screen.findByRole('alert', { name: 'Please check one thing' })
    expect(alert).toHaveTextContent(MESSAGES.slotTaken)
    expect(alert).toHaveFocus()
    expect(screen.getByLabelText('Your name')).toHaveValue('Alex Rivera')
    // Dropped at once, while the fresh times load.
    expect(screen.getByRole('radio', { name: '9:15 AM' })).not.toBeChecked()
    expect(screen.getByText('Updating the times…')).toBeInTheDocument()
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(new URL(String(fetchSpy.mock.calls[0]?.[0]), 'http://localhost').searchParams.get('tz')).toBe(zone)

    const free = days.flatMap((day) => day.slots.filter((slot) => slot.start !== taken))
    await act(async () => answer({ ok: true, status: 200, json: async () => ({ timeZone: zone, slots: free }) }))
    await waitFor(() => expect(screen.queryByRole('radio', { name: '9:15 AM' })).not.toBeInTheDocument())
    expect(screen.queryByText('Updating the times…')).not.toBeInTheDocument()
    expect(document.querySelector('input[name="slotStart"]:checked, input[name="slotStart"][type="hidden"]')).toBeNull()
  })

  it('focuses the summary again for a second answer with the same errors, and loads nothing', async () => {
    const action = answering({ _form: ['You have sent this form several times in a short while.'] })
    render(<BookingForm {...props(action)} />)
    await fillAndSubmit()
    const alert = await screen.findByRole('alert', { name: 'Please check one thing' })
    expect(alert).toHaveFocus()

    screen.getByLabelText('Your name').focus()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Request my call' }))
    })
    await waitFor(() => expect(action).toHaveBeenCalledTimes(2))
    await waitFor(() => expect(screen.getByRole('alert', { name: 'Please check one thing' })).toHaveFocus())
    expect(screen.getByRole('radio', { name: '9:15 AM' })).toBeChecked()
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
