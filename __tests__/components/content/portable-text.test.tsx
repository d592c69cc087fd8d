/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { PortableTextBody } from '@/components/content/portable-text'
import type { PortableTextValue } from '@/lib/content/schemas'
import { comparisonTableFixture } from '../../helpers/comparison-table-fixture'

// Test values built by hand in the shape BODY in lib/content/queries.ts returns.
const comparisonTable = comparisonTableFixture

let keyCounter = 0
const key = () => `k${++keyCounter}`

type Span = { text: string; marks?: string[] }
type MarkDef = { _key: string; _type: string; [field: string]: unknown }

/** A text block as stored by the Studio and projected by BODY. */
function block(
  spans: Span[] | string,
  options: { style?: string; listItem?: 'bullet' | 'number'; level?: number; markDefs?: MarkDef[] } = {},
) {
  const children = (typeof spans === 'string' ? [{ text: spans }] : spans).map((span) => ({
    _type: 'span',
    _key: key(),
    text: span.text,
    marks: span.marks ?? [],
  }))
  return {
    _type: 'block',
    _key: key(),
    style: options.style ?? 'normal',
    ...(options.listItem ? { listItem: options.listItem, level: options.level ?? 1 } : {}),
    markDefs: options.markDefs ?? [],
    children,
  }
}

const body: PortableTextValue = [
  block('Heading one from the CMS', { style: 'h1' }),
  block('Section heading', { style: 'h2' }),
  block('Subsection', { style: 'h3' }),
  block('Minor heading', { style: 'h4' }),
  block('Small heading', { style: 'h5' }),
  block('Smallest heading', { style: 'h6' }),
  block('A calm quotation.', { style: 'blockquote' }),
  block([
    { text: 'Bold', marks: ['strong'] },
    { text: ' and ' },
    { text: 'italic', marks: ['em'] },
    { text: ', x' },
    { text: '2', marks: ['sup'] },
    { text: ' and H' },
    { text: '2', marks: ['sub'] },
    { text: 'O and ' },
    { text: 'highlighted', marks: ['highlight'] },
  ]),
  block('First bullet', { listItem: 'bullet' }),
  block('Nested bullet', { listItem: 'bullet', level: 2 }),
  block('Second bullet', { listItem: 'bullet' }),
  block('Step one', { listItem: 'number' }),
  block('Step two', { listItem: 'number' }),
  block(
    [
      { text: 'Read the ' },
      { text: 'FDA label', marks: ['ext'] },
      { text: ', ' },
      { text: 'same-tab source', marks: ['ext2'] },
      { text: ', ' },
      { text: 'bad link', marks: ['bad'] },
      { text: ', ' },
      { text: 'our article', marks: ['toPost'] },
      { text: ', ' },
      { text: 'IV therapy', marks: ['toTreatment'] },
      { text: ' and ' },
      { text: 'a deleted page', marks: ['gone'] },
      { text: '.' },
    ],
    {
      markDefs: [
        { _key: 'ext', _type: 'link', href: 'https://www.fda.gov/', openInNewTab: true },
        { _key: 'ext2', _type: 'link', href: 'https://example.org/study', openInNewTab: false },
        { _key: 'bad', _type: 'link', href: 'javascript:alert(1)', openInNewTab: true },
        { _key: 'toPost', _type: 'internalLink', target: { _type: 'post', slug: 'what-to-expect' } },
        { _key: 'toTreatment', _type: 'internalLink', target: { _type: 'treatment', slug: 'ketamine-iv-therapy' } },
        { _key: 'gone', _type: 'internalLink', target: null },
      ],
    },
  ),
  {
    _type: 'image',
    _key: 'img1',
    asset: { _type: 'reference', _ref: 'image-abc-1200x800-svg' },
    alt: 'A quiet treatment room',
    caption: 'Our treatment room',
    assetId: 'image-abc-1200x800-svg',
    url: '/seed-images/room.svg',
    width: 1200,
    height: 800,
  },
  { _type: 'comparisonTableEmbed', _key: 'table1', table: comparisonTable },
  { _type: 'consultationCta', _key: 'cta1', heading: 'Talk to us', text: 'A short call.', buttonLabel: 'Book a call' },
  { _type: 'mysteryWidget', _key: 'mystery1' },
]

const phone = { e164: '+15035550142', display: '(503) 555-0142' }

function renderBody() {
  return render(<PortableTextBody value={body} phone={phone} />)
}

describe('PortableTextBody', () => {
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))
  afterEach(() => jest.restoreAllMocks())

  it('renders headings h2-h6 and demotes an h1 to h2', () => {
    renderBody()
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Heading one from the CMS' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Section heading' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Subsection' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 4, name: 'Minor heading' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 5, name: 'Small heading' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 6, name: 'Smallest heading' })).toBeInTheDocument()
  })

  it('renders a blockquote', () => {
    renderBody()
    expect(screen.getByRole('blockquote')).toHaveTextContent('A calm quotation.')
  })

  it('renders bullet and numbered lists, with nesting inside the parent item', () => {
    renderBody()
    const lists = screen.getAllByRole('list')
    const bullet = lists.find((l) => l.tagName === 'UL' && l.parentElement?.tagName !== 'LI')
    const numbered = lists.find((l) => l.tagName === 'OL')
    if (!bullet || !numbered) throw new Error('expected a top-level <ul> and an <ol>')
    const topItems = within(bullet)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === bullet)
    expect(topItems).toHaveLength(2)
    expect(topItems[0]).toHaveTextContent(/^First bullet/)
    const nested = within(topItems[0] as HTMLElement).getByRole('list')
    expect(nested.tagName).toBe('UL')
    expect(within(nested).getByRole('listitem')).toHaveTextContent('Nested bullet')
    expect(
      within(numbered)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Step one', 'Step two'])
  })

  it('renders decorators as strong, em, sup and sub, and unknown marks as their text', () => {
    const { container } = renderBody()
    expect(screen.getByText('Bold').tagName).toBe('STRONG')
    expect(screen.getByText('italic').tagName).toBe('EM')
    expect(container.querySelector('sup')).toHaveTextContent('2')
    expect(container.querySelector('sub')).toHaveTextContent('2')
    const paragraph = screen.getByText('Bold').closest('p')
    expect(paragraph).toHaveTextContent('Bold and italic, x2 and H2O and highlighted')
  })

  it('renders external links; new-tab links get rel, target and a hidden hint', () => {
    renderBody()
    const fda = screen.getByRole('link', { name: 'FDA label (opens in a new tab)' })
    expect(fda).toHaveAttribute('href', 'https://www.fda.gov/')
    expect(fda).toHaveAttribute('target', '_blank')
    expect(fda).toHaveAttribute('rel', 'noopener noreferrer')
    const sameTab = screen.getByRole('link', { name: 'same-tab source' })
    expect(sameTab).toHaveAttribute('href', 'https://example.org/study')
    expect(sameTab).not.toHaveAttribute('target')
  })

  it('renders a javascript: href as plain text', () => {
    renderBody()
    expect(screen.queryByRole('link', { name: /bad link/ })).not.toBeInTheDocument()
    expect(screen.getByText(/bad link/)).toBeInTheDocument()
    expect(document.querySelector('a[href^="javascript"]')).toBeNull()
  })

  it('resolves internal links to posts and treatments; an unresolved one is text', () => {
    renderBody()
    expect(screen.getByRole('link', { name: 'our article' })).toHaveAttribute('href', '/blog/what-to-expect')
    expect(screen.getByRole('link', { name: 'IV therapy' })).toHaveAttribute('href', '/treatments/ketamine-iv-therapy')
    expect(screen.queryByRole('link', { name: 'a deleted page' })).not.toBeInTheDocument()
    expect(screen.getByText(/a deleted page/)).toBeInTheDocument()
  })

  it('renders an image as a figure with alt text and caption', () => {
    renderBody()
    const figure = screen.getByRole('figure')
    expect(figure.querySelector('figcaption')).toHaveTextContent('Our treatment room')
    const img = within(figure).getByRole('img', { name: 'A quiet treatment room' })
    expect(img).toHaveAttribute('src', '/seed-images/room.svg')
    expect(img).toHaveAttribute('width', '1200')
    expect(img).toHaveAttribute('height', '800')
    expect(img).toHaveAttribute('loading', 'lazy')
  })

  it('renders an embedded comparison table', () => {
    renderBody()
    const table = screen.getByRole('table', { name: comparisonTable.caption })
    expect(within(table).getByRole('columnheader', { name: 'Ketamine IV therapy' })).toBeInTheDocument()
  })

  it('renders a consultation CTA with the block text and the clinic phone', () => {
    renderBody()
    const cta = screen.getByRole('region', { name: 'Talk to us' })
    expect(within(cta).getByText('A short call.')).toBeInTheDocument()
    expect(within(cta).getByRole('link', { name: 'Book a call' })).toHaveAttribute('href', '/consultation')
    expect(within(cta).getByRole('link', { name: /\(503\) 555-0142/ })).toHaveAttribute('href', 'tel:+15035550142')
  })

  it('renders a CTA without a phone link when no phone is given, using the defaults', () => {
    render(<PortableTextBody value={[{ _type: 'consultationCta', _key: 'c' }]} />)
    const cta = screen.getByRole('region', { name: 'Get your free 15-minute phone consultation' })
    expect(within(cta).getAllByRole('link')).toHaveLength(1)
    expect(within(cta).getByRole('link', { name: 'Pick a time' })).toHaveAttribute('href', '/consultation')
  })

  it('shows a harmless visible fallback for an unknown block type', () => {
    renderBody()
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent('This part of the page could not be shown.')
    expect(note).toHaveAttribute('data-block-type', 'mysteryWidget')
  })

  it('does not render a table for an embed whose table was deleted', () => {
    render(<PortableTextBody value={[{ _type: 'comparisonTableEmbed', _key: 't', table: null }]} />)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('falls back instead of crashing on an image block without alt text', () => {
    const image = { _type: 'image', _key: 'i', assetId: 'a', url: '/x.svg', width: 10, height: 10 }
    render(<PortableTextBody value={[image, block('After the image')]} />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('note')).toBeInTheDocument()
    expect(screen.getByText('After the image')).toBeInTheDocument()
  })

  it('has a renderer for every element of the content model (no missing-component warnings)', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    render(<PortableTextBody value={body.filter((member) => member._type !== 'mysteryWidget')} phone={phone} />)
    const missing = warn.mock.calls.map((args) => String(args[0])).filter((line) => !line.includes('highlight'))
    expect(missing).toEqual([])
  })

  it('renders nothing for an empty body', () => {
    const { container } = render(<PortableTextBody value={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
