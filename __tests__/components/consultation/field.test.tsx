/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { CheckboxField, Field, FieldError } from '@/components/consultation/field'

describe('Field', () => {
  it('labels its control, and without an error neither marks it invalid nor describes it by one', () => {
    render(
      <Field id="field-name" label="Your name">
        {(control) => <input {...control} name="name" />}
      </Field>,
    )
    const input = screen.getByLabelText('Your name')
    expect(input).toHaveAttribute('id', 'field-name')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('aria-describedby')
  })

  it('describes the control by its hint, then its error, and marks it invalid', () => {
    render(
      <Field id="field-phone" label="Phone number" hint="With area code." error="Please enter a valid number.">
        {(control) => <input {...control} name="phone" />}
      </Field>,
    )
    const input = screen.getByLabelText('Phone number')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAttribute('aria-describedby', 'field-phone-hint field-phone-error')
    expect(input).toHaveAccessibleDescription('With area code. Please enter a valid number.')
    // The summary links to the control; the message itself has its own id to be read with it.
    expect(screen.getByText('Please enter a valid number.')).toHaveAttribute('id', 'field-phone-error')
  })

  it('shows the error above the control, under the label and hint', () => {
    const { container } = render(
      <Field id="field-email" label="E-mail" hint="Used only for this booking." error="Please check it.">
        {(control) => <input {...control} name="email" />}
      </Field>,
    )
    const order = Array.from(container.firstElementChild?.children ?? [], (child) => child.tagName)
    expect(order).toEqual(['LABEL', 'P', 'P', 'INPUT'])
  })

  it('marks an optional field in its label, and works the same for a select', () => {
    render(
      <Field id="field-treatment" label="Treatment" optional error="Please choose one from the list.">
        {(control) => (
          <select {...control} name="treatment">
            <option value="">Not sure yet</option>
          </select>
        )}
      </Field>,
    )
    const select = screen.getByRole('combobox', { name: 'Treatment (optional)' })
    expect(select).toHaveAttribute('aria-invalid', 'true')
    expect(select).toHaveAccessibleDescription('Please choose one from the list.')
  })
})

describe('CheckboxField', () => {
  it('puts the label beside the box, the error above and the hint below, both describing it', () => {
    const { container } = render(
      <CheckboxField id="field-consent" label="I agree." hint="We delete them later." error="Please agree.">
        {(control) => <input {...control} type="checkbox" name="consent" value="yes" />}
      </CheckboxField>,
    )
    const box = screen.getByRole('checkbox', { name: 'I agree.' })
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveAccessibleDescription('We delete them later. Please agree.')
    expect(container).toHaveTextContent(/^Please agree\.I agree\.We delete them later\.$/)
  })
})

describe('FieldError', () => {
  it('is a paragraph with the id a control points at', () => {
    render(
      <>
        <fieldset aria-describedby="times-error">
          <legend>Time</legend>
        </fieldset>
        <FieldError id="times-error">That time was just taken.</FieldError>
      </>,
    )
    expect(screen.getByRole('group', { name: 'Time' })).toHaveAccessibleDescription('That time was just taken.')
  })
})
