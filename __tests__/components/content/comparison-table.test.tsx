/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { ComparisonTableView } from '@/components/content/comparison-table'
import { comparisonTableFixture } from '../../helpers/comparison-table-fixture'

const table = comparisonTableFixture

describe('ComparisonTableView', () => {
  it('renders a table named by its caption', () => {
    render(<ComparisonTableView table={table} />)
    const el = screen.getByRole('table', { name: table.caption })
    expect(el.querySelector('caption')).toHaveTextContent(table.caption)
  })

  it('uses a heading at the requested level, plus intro and footnote', () => {
    render(<ComparisonTableView table={table} headingLevel={3} />)
    expect(screen.getByRole('heading', { level: 3, name: table.title })).toBeInTheDocument()
    expect(screen.getByText('How the two treatments differ.')).toBeInTheDocument()
    expect(screen.getByText('Individual plans vary.')).toBeInTheDocument()
  })

  it('has column headers (scope=col) that link to each treatment', () => {
    render(<ComparisonTableView table={table} />)
    const headers = screen.getAllByRole('columnheader')
    for (const header of headers) expect(header).toHaveAttribute('scope', 'col')
    const iv = screen.getByRole('columnheader', { name: 'Ketamine IV therapy' })
    expect(within(iv).getByRole('link')).toHaveAttribute('href', '/treatments/ketamine-iv-therapy')
    const kap = screen.getByRole('columnheader', { name: 'Ketamine-assisted psychotherapy' })
    expect(within(kap).getByRole('link')).toHaveAttribute('href', '/treatments/ketamine-assisted-psychotherapy')
  })

  it('has row headers (scope=row) and puts each cell under its own column', () => {
    render(<ComparisonTableView table={table} />)
    const headerRow = screen.getAllByRole('row')[0] as HTMLElement
    const columnNames = within(headerRow)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    const ivIndex = columnNames.indexOf('Ketamine IV therapy')
    const kapIndex = columnNames.indexOf('Ketamine-assisted psychotherapy')

    const rowHeader = screen.getByRole('rowheader', { name: 'Session length' })
    expect(rowHeader).toHaveAttribute('scope', 'row')
    const row = rowHeader.closest('tr') as HTMLTableRowElement
    const cells = Array.from(row.children)
    expect(cells[0]).toBe(rowHeader)
    expect(cells[ivIndex]).toHaveTextContent('About 40 minutes')
    expect(cells[kapIndex]).toHaveTextContent('2 to 3 hours')
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Administration', 'Session length'])
  })

  it('wraps the table in a focusable scroll region labelled by the caption, with a visible hint', () => {
    render(<ComparisonTableView table={table} />)
    const region = screen.getByRole('region', { name: table.caption })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(within(region).getByRole('table')).toBeInTheDocument()
    expect(region).toHaveAccessibleDescription('Scroll sideways to see every column.')
  })
})
