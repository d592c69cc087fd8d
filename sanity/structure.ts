/**
 * Studio navigation and the singleton rules for Site settings. Kept free of component
 * imports so the document-action filters can be unit-tested in node.
 */
import type { DocumentActionComponent, DocumentActionsContext, TemplateItem } from 'sanity'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import { apiVersion } from './env'

/** Document types edited as one fixed document; the value is its `_id`. */
export const singletons = { siteSettings: 'siteSettings', priceList: 'priceList' } as const

const singletonTypes = new Set<string>(Object.keys(singletons))

const singletonActions = new Set<string>(['publish', 'discardChanges', 'restore'])

/** A singleton can be edited and published, but not deleted, duplicated or unpublished. */
export function resolveDocumentActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (!singletonTypes.has(context.schemaType)) return actions
  return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
}

/** Singletons never appear in "Create new document" menus. */
export function resolveNewDocumentOptions(options: TemplateItem[]): TemplateItem[] {
  return options.filter(({ templateId }) => !singletonTypes.has(templateId))
}

/** Types with a hand-made entry below; any other document type is listed automatically. */
const placedTypes = new Set([
  'siteSettings',
  'treatment',
  'comparisonTable',
  'post',
  'person',
  'category',
  'page',
  'location',
  'priceList',
  'redirect',
])

function articles(S: StructureBuilder) {
  return S.listItem()
    .id('articles')
    .title('Articles')
    .schemaType('post')
    .child(
      S.list()
        .id('articles')
        .title('Articles')
        .items([
          S.documentTypeListItem('post').id('all-articles').title('All articles'),
          S.listItem()
            .id('articles-by-category')
            .title('By category')
            .schemaType('category')
            .child(
              S.documentTypeList('category')
                .title('Articles by category')
                .child((categoryId: string) =>
                  S.documentList()
                    .id(`articles-in-${categoryId}`)
                    .title('Articles')
                    .schemaType('post')
                    .apiVersion(apiVersion)
                    .filter('_type == "post" && $categoryId in categories[]._ref')
                    .params({ categoryId })
                    .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
                ),
            ),
        ]),
    )
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id('siteSettings')
        .title('Site settings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(singletons.siteSettings).title('Site settings')),
      S.divider(),
      S.documentTypeListItem('treatment')
        .title('Treatments')
        .child(
          S.documentTypeList('treatment')
            .title('Treatments')
            .defaultOrdering([{ field: 'order', direction: 'asc' }]),
        ),
      S.documentTypeListItem('comparisonTable').title('Comparison tables'),
      articles(S),
      S.divider(),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('page').title('Pages'),
      S.divider(),
      S.documentTypeListItem('location')
        .title('Locations')
        .child(
          S.documentTypeList('location')
            .title('Locations')
            .defaultOrdering([{ field: 'order', direction: 'asc' }]),
        ),
      S.listItem()
        .id('priceList')
        .title('Costs and insurance')
        .schemaType('priceList')
        .child(S.document().schemaType('priceList').documentId(singletons.priceList).title('Costs and insurance')),
      S.divider(),
      S.documentTypeListItem('redirect').title('Redirects'),
      ...S.documentTypeListItems().filter((item) => {
        const id = item.getId()
        return id !== undefined && !placedTypes.has(id)
      }),
    ])
