/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { TaglineList } from '@/components/language-assistance/tagline-list'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { languageTaglineSchema, type LanguageTagline } from '@/lib/content/schemas'
import type { Locale } from '@/lib/routes'

const phone = { e164: '+15035550147', display: '(503) 555-0147' }

// The seed's documents read directly (jsdom cannot load the dataset's asset helpers);
// __tests__/sanity/seed-language-assistance.test.ts checks the same taglines through the page query.
const seed = readFileSync(path.join(process.cwd(), 'sanity', 'seed', 'dataset.ndjson'), 'utf8')
const IDS: Record<Locale, string> = { en: 'page-language-assistance', es: 'page-language-assistance-es' }

async function taglines(locale: Locale): Promise<LanguageTagline[]> {
  const line = seed.split('\n').find((candidate) => candidate.includes(`"_id":"${IDS[locale]}"`))
  const doc = z.object({ taglines: z.array(languageTaglineSchema) }).parse(JSON.parse(line ?? '{}'))
  return Promise.resolve(doc.taglines)
}

describe('TaglineList over the seed', () => {
  it('marks every tagline with its language, and right-to-left scripts with dir="rtl"', async () => {
    const items = await taglines('en')
    const { container } = render(<TaglineList taglines={items} phone={phone} locale="en" />)
    const marked = Array.from(container.querySelectorAll('li [lang]'))
    expect(marked).toHaveLength(15)
    expect(marked.map((el) => el.getAttribute('lang'))).toEqual(items.map((t) => t.languageTag))
    for (const [index, el] of marked.entries()) {
      expect(el.getAttribute('dir')).toBe(items[index]?.direction === 'rtl' ? 'rtl' : 'ltr')
    }
    expect(container.querySelector('[lang="ar"]')?.getAttribute('dir')).toBe('rtl')
    expect(container.querySelector('[lang="fa"]')?.getAttribute('dir')).toBe('rtl')
  })

  it('puts the clinic’s number from settings where each tagline has {phone}, left-to-right', async () => {
    const items = await taglines('en')
    const { container } = render(<TaglineList taglines={items} phone={phone} locale="en" />)
    expect(container.textContent).not.toContain('{phone}')
    for (const el of Array.from(container.querySelectorAll('li [lang]'))) {
      const link = within(el as HTMLElement).getByRole('link', { name: phone.display })
      expect(link.getAttribute('href')).toBe('tel:+15035550147')
      expect(link.getAttribute('dir')).toBe('ltr')
    }
  })

  it('labels each language in the page’s language', async () => {
    render(<TaglineList taglines={await taglines('es')} phone={phone} locale="es" />)
    expect(screen.getByText('Vietnamita')).toBeTruthy()
    expect(screen.getByText('Árabe')).toBeTruthy()
  })

  it('renders nothing without taglines', () => {
    const { container } = render(<TaglineList taglines={[]} phone={phone} locale="en" />)
    expect(container.innerHTML).toBe('')
  })
})
