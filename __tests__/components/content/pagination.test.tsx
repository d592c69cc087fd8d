/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { Pagination, pageItems } from '@/components/content/pagination'
import { paths } from '@/lib/routes'

describe('Pagination', () => {
  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} pageHref={paths.blogPage} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('links page 1 to the base path and page N to /page/N, marking the current page', () => {
    render(<Pagination page={2} pageCount={3} pageHref={paths.blogPage} />)
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/blog')
    const current = within(nav).getByRole('link', { name: 'Page 2' })
    expect(current).toHaveAttribute('href', '/blog/page/2')
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Page 3' })).not.toHaveAttribute('aria-current')
    expect(within(nav).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/blog')
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/blog/page/3')
  })

  it('has no previous link on the first page and no next link on the last', () => {
    const { unmount } = render(<Pagination page={1} pageCount={2} pageHref={paths.blogPage} />)
    expect(screen.queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/blog/page/2')
    unmount()
    render(<Pagination page={2} pageCount={2} pageHref={paths.blogPage} />)
    expect(screen.queryByRole('link', { name: /Next/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/blog')
  })

  it('abbreviates long page ranges around the current page', () => {
    expect(pageItems(1, 3)).toEqual([1, 2, 3])
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageItems(3, 10)).toEqual([1, 2, 3, 4, 'gap', 10])
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10])
  })

  it('speaks Spanish and links to the Spanish article pages', () => {
    render(<Pagination page={2} pageCount={3} pageHref={(n) => paths.blogPage(n, 'es')} locale="es" />)
    const nav = screen.getByRole('navigation', { name: 'Paginación' })
    expect(within(nav).getByRole('link', { name: 'Página 1' })).toHaveAttribute('href', '/es/blog')
    expect(within(nav).getByRole('link', { name: 'Página 2' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: /Anterior/ })).toHaveAttribute('href', '/es/blog')
    expect(within(nav).getByRole('link', { name: /Siguiente/ })).toHaveAttribute('href', '/es/blog/page/3')
    expect(nav).not.toHaveTextContent(/Previous|Next|Page/)
  })
})
