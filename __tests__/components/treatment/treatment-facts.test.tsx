/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { TreatmentFacts } from '@/components/treatment/treatment-facts'

it('answers the four first questions as term/description pairs', () => {
  const { container } = render(
    <TreatmentFacts
      administration="Through an IV line"
      purpose="To ease depression"
      experience="Calm, dream-like"
      sessionLength="About an hour"
    />,
  )
  expect(screen.getByRole('region', { name: 'At a glance' })).toBeInTheDocument()
  const pairs = Array.from(container.querySelectorAll('dl > div')).map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ])
  expect(pairs).toEqual([
    ['How it’s given', 'Through an IV line'],
    ['What it’s for', 'To ease depression'],
    ['What it feels like', 'Calm, dream-like'],
    ['Session length', 'About an hour'],
  ])
})

it('asks the four questions in Spanish', () => {
  const { container } = render(
    <TreatmentFacts
      administration="Por vía intravenosa"
      purpose="Aliviar la depresión"
      experience="Tranquila, como un sueño"
      sessionLength="Alrededor de una hora"
      locale="es"
    />,
  )
  expect(screen.getByRole('region', { name: 'En resumen' })).toBeInTheDocument()
  const terms = Array.from(container.querySelectorAll('dt')).map((term) => term.textContent)
  expect(terms).toEqual(['Cómo se administra', 'Para qué se usa', 'Qué se siente', 'Duración de la sesión'])
})
