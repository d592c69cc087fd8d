/** @jest-environment jsdom */
/** The booking form's pieces in Spanish (issue 14): words, dates and links in the page's language. */
import { render, screen, within } from '@testing-library/react'
import { ErrorSummary } from '@/components/consultation/error-summary'
import { SlotPicker } from '@/components/consultation/slot-picker'
import { TimeZonePicker } from '@/components/consultation/time-zone-picker'
import { groupSlotsByDay } from '@/lib/consultations/shared/format'
import { bookingErrors } from '@/lib/consultations/shared/form-fields'

const zone = 'America/New_York'
const days = groupSlotsByDay(
  [
    { start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T13:15:00.000Z' },
    { start: '2026-06-11T14:00:00.000Z', end: '2026-06-11T14:15:00.000Z' },
  ],
  zone,
  'es',
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
  locale: 'es' as const,
}

describe('booking form pieces in Spanish', () => {
  it('labels days and times in Spanish and links to /es/consulta/horarios without JavaScript', () => {
    render(<SlotPicker {...pickerProps} hydrated={false} />)
    const links = within(screen.getByRole('navigation', { name: 'Día' })).getAllByRole('link')
    expect(links[0]).toHaveAttribute('href', '/es/consulta/horarios?tz=America%2FNew_York&day=2026-06-10#choose-time')
    expect(links[0]).toHaveAccessibleName('miércoles, 10 de junio')
    expect(screen.getByRole('group', { name: 'Hora el miércoles, 10 de junio' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^9:00\sa\.\s?m\.$/ })).toHaveAttribute(
      'value',
      '2026-06-10T13:00:00.000Z',
    )
  })

  it('offers the time zone in Spanish, posting to the Spanish times page', () => {
    const { container } = render(
      <TimeZonePicker
        zone={zone}
        options={[{ value: zone, label: 'hora oriental (New York)' }]}
        hydrated={false}
        onChange={() => undefined}
        locale="es"
      />,
    )
    expect(screen.getByLabelText('Zona horaria')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mostrar horarios' })).toBeInTheDocument()
    expect(container.querySelector('form')).toHaveAttribute('action', '/es/consulta/horarios#choose-time')
    expect(container.querySelector('#tz-current')).toHaveTextContent('Horarios en hora oriental (New York)')
  })

  it('sums up errors in Spanish, with Spanish field names', () => {
    const errors = { name: [bookingErrors('es').nameRequired], slotStart: [bookingErrors('es').slotRequired] }
    render(<ErrorSummary errors={errors} locale="es" />)
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('heading')).toHaveTextContent('Revise 2 datos, por favor')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Hora: Elija una hora para su llamada.', 'Nombre: Escriba su nombre.'])
  })
})
