/**
 * Issue 14's bad input: a post whose translation link points at a missing or unpublished document
 * still renders, and its language switch falls back to the other language's home page. The link
 * document is queried with the site's own query over the published perspective (groq-js).
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { z } from 'zod'
import { LanguageSwitch } from '@/components/site/language-switch'
import { slugsByLanguage } from '@/lib/content'
import { applyPerspective, queryDocuments, type DatasetDocument } from '@/lib/content/local-dataset'
import * as q from '@/lib/content/queries'
import { documentAlternates } from '@/lib/seo/alternates'
import { translationSchema } from '@/lib/content/schemas'

const post = (id: string, slug: string, language: string): DatasetDocument => ({
  _id: id,
  _type: 'post',
  language,
  title: slug,
  slug: { _type: 'slug', current: slug },
})

const link = (key: string, ref: string) => ({
  _key: key,
  _type: 'internationalizedArrayReferenceValue',
  language: key,
  value: { _type: 'reference', _ref: ref },
})

async function translationsOf(id: string, documents: DatasetDocument[]) {
  const members = await queryDocuments(applyPerspective(documents, 'published'), q.TRANSLATIONS_QUERY, { id })
  return slugsByLanguage(z.array(translationSchema).parse(members))
}

describe('a translation link to a document that is not published', () => {
  const english = post('post-calm', 'finding-calm', 'en')
  const metadata: DatasetDocument = {
    _id: 'translation-metadata-post-calm',
    _type: 'translation.metadata',
    translations: [link('en', 'post-calm'), link('es', 'post-calm-es')],
  }

  it.each([
    ['missing', []],
    ['only a draft', [post('drafts.post-calm-es', 'encontrar-calma', 'es')]],
  ])('(%s): the page keeps its own slug, and the switch leads to the Spanish home', async (_case, extra) => {
    const alternates = await translationsOf('post-calm', [english, metadata, ...extra])
    expect(alternates).toEqual({ en: 'finding-calm' })

    const html = renderToStaticMarkup(
      <LanguageSwitch locale="en" alternates={documentAlternates('post', alternates)} />,
    )
    expect(html).toMatch(/<a href="\/es" hrefLang="es"[^>]*>[\s\S]*Español/)
  })

  it('once the Spanish post is published, the switch leads to it', async () => {
    const spanish = post('post-calm-es', 'encontrar-calma', 'es')
    expect(await translationsOf('post-calm', [english, metadata, spanish])).toEqual({
      en: 'finding-calm',
      es: 'encontrar-calma',
    })
  })
})
