/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { TreatmentFaq, answerParagraphs } from '@/components/treatment/treatment-faq'

const faqs = [
  { _key: 'a', question: 'Does it hurt?', answer: 'Only a small pinch.\n\nMost people find it comfortable.' },
  { _key: 'b', question: 'Can I drive home?', answer: 'No. Please arrange a ride.' },
]

describe('TreatmentFaq', () => {
  it('renders each question as a closed native disclosure under a heading', () => {
    const { container } = render(<TreatmentFaq faqs={faqs} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeInTheDocument()
    const disclosures = Array.from(container.querySelectorAll('details'))
    expect(disclosures).toHaveLength(2)
    expect(disclosures.every((details) => !details.open)).toBe(true)
    expect(disclosures[0]?.querySelector('summary')).toHaveTextContent('Does it hurt?')
  })

  it('keeps the answers in the document (findable, and readable without JavaScript)', () => {
    render(<TreatmentFaq faqs={faqs} />)
    expect(screen.getByText('Most people find it comfortable.').tagName).toBe('P')
  })

  it('renders nothing when there are no questions', () => {
    const { container } = render(<TreatmentFaq faqs={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('answerParagraphs', () => {
  it('splits on blank lines and trims', () => {
    expect(answerParagraphs(' One.\n\n  Two.\n \nThree. ')).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('titles the questions in Spanish, unless the page gives its own title', () => {
    const { unmount } = render(<TreatmentFaq faqs={faqs} locale="es" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Preguntas frecuentes' })).toBeInTheDocument()
    unmount()
    render(<TreatmentFaq faqs={faqs} title="Sus preguntas" locale="es" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Sus preguntas' })).toBeInTheDocument()
  })
})
