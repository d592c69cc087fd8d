import type { DocumentActionComponent, TemplateItem } from 'sanity'
import { z } from 'zod'
import { LOCALES } from '@/lib/routes'
import { TRANSLATED_TYPES } from '@/sanity/languages'
import { LANGUAGE_LIST_FILTER, resolveDocumentActions, resolveNewDocumentOptions, singletons } from '@/sanity/structure'
import { querySeed } from '../helpers/seed'

function fakeAction(action: DocumentActionComponent['action']): DocumentActionComponent {
  const component: DocumentActionComponent = () => null
  component.action = action
  return component
}

const allActions = (['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'] as const).map(
  fakeAction,
)
const custom = fakeAction(undefined)

describe('site settings singleton', () => {
  it('is edited as the fixed document "siteSettings" (and the price list as "priceList")', () => {
    expect(singletons).toEqual({
      siteSettings: 'siteSettings',
      priceList: 'priceList',
      siteSettingsTranslation: 'siteSettings-es',
    })
  })

  it('keeps Site settings’ Spanish texts from being deleted or duplicated, and out of "create new"', () => {
    const kept = resolveDocumentActions([...allActions, custom], { schemaType: 'siteSettingsTranslation' })
    expect(kept.map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore'])
    const options = resolveNewDocumentOptions([{ templateId: 'siteSettingsTranslation' }, { templateId: 'page-es' }])
    expect(options.map((o) => o.templateId)).toEqual(['page-es'])
  })

  it('keeps the price list from being deleted or duplicated too', () => {
    const kept = resolveDocumentActions([...allActions, custom], { schemaType: 'priceList' })
    expect(kept.map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore'])
  })

  it('keeps only publish, discard and restore on the singleton', () => {
    const kept = resolveDocumentActions([...allActions, custom], { schemaType: 'siteSettings' })
    expect(kept.map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore'])
  })

  it('leaves every other type’s actions alone', () => {
    const actions = [...allActions, custom]
    expect(resolveDocumentActions(actions, { schemaType: 'post' })).toEqual(actions)
  })

  it('hides the singleton from "create new document" menus', () => {
    const options: TemplateItem[] = [
      { templateId: 'post' },
      { templateId: 'siteSettings' },
      { templateId: 'treatment' },
    ]
    const kept = resolveNewDocumentOptions(options)
    expect(kept.map((o) => o.templateId)).toEqual(['post', 'treatment'])
  })
})

describe('per-language lists of translated documents', () => {
  const ids = (type: string, language: string) =>
    querySeed(z.array(z.string()), `*[${LANGUAGE_LIST_FILTER}]._id`, { type, language })

  it.each(TRANSLATED_TYPES)('puts every %s in exactly one language list', async (type) => {
    const all = await querySeed(z.array(z.string()), '*[_type == $type]._id', { type })
    const byLanguage = await Promise.all(LOCALES.map((language) => ids(type, language)))
    expect(byLanguage.flat().sort()).toEqual([...all].sort())
  })

  it('lists the Spanish pages under Español and the English ones (and those without a language) under English', async () => {
    const spanish = await ids('page', 'es')
    const english = await ids('page', 'en')
    expect(spanish).toEqual(expect.arrayContaining(['page-language-assistance-es', 'page-privacy-es']))
    expect(spanish.every((id) => id.endsWith('-es'))).toBe(true)
    expect(english).toEqual(expect.arrayContaining(['page-language-assistance', 'page-privacy']))
    expect(english.some((id) => id.endsWith('-es'))).toBe(false)
  })
})
