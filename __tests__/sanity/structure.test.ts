import type { DocumentActionComponent, TemplateItem } from 'sanity'
import { resolveDocumentActions, resolveNewDocumentOptions, singletons } from '@/sanity/structure'

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
    expect(singletons).toEqual({ siteSettings: 'siteSettings', priceList: 'priceList' })
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
