/**
 * Studio navigation and the singleton rules for Site settings. Kept free of component
 * imports so the document-action filters can be unit-tested in node.
 */
import type { DocumentActionComponent, DocumentActionsContext, SortOrderingItem, TemplateItem } from 'sanity'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import { apiVersion } from './env'
import { STUDIO_LANGUAGES, TRANSLATED_TYPES } from './languages'

/**
 * Document types edited as one fixed document; the value is its `_id`. Site settings' Spanish
 * texts are one document too (the site reads them by language; a second would never show).
 */
export const singletons = {
  siteSettings: 'siteSettings',
  priceList: 'priceList',
  siteSettingsTranslation: 'siteSettings-es',
} as const

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
  'siteSettingsTranslation',
  'personBioTranslation',
])

export type TranslatedType = (typeof TRANSLATED_TYPES)[number]

/**
 * A translated type's documents in one language. Documents from before translations have no
 * `language` and are English, as the site reads them (IN_LANGUAGE in lib/content/queries.ts).
 */
export const LANGUAGE_LIST_FILTER = '_type == $type && coalesce(language, "en") == $language'

/**
 * "All …" then one list per language; a document created from a language's list starts in that
 * language (the document-internationalization plugin's `<type>-<language>` templates).
 */
function languageItems(S: StructureBuilder, type: TranslatedType, title: string, ordering: SortOrderingItem[] = []) {
  return [
    S.documentTypeListItem(type)
      .id(`all-${type}`)
      .title(`All ${title.toLowerCase()}`)
      .child(S.documentTypeList(type).title(`All ${title.toLowerCase()}`).defaultOrdering(ordering)),
    ...STUDIO_LANGUAGES.map((language) =>
      S.listItem()
        .id(`${type}-${language.id}`)
        .title(language.title)
        .schemaType(type)
        .child(
          S.documentList()
            .id(`${type}-${language.id}`)
            .title(`${title} (${language.title})`)
            .schemaType(type)
            .apiVersion(apiVersion)
            .filter(LANGUAGE_LIST_FILTER)
            .params({ type, language: language.id })
            .defaultOrdering(ordering)
            .initialValueTemplates([S.initialValueTemplateItem(`${type}-${language.id}`)]),
        ),
    ),
  ]
}

/** A translated type's entry: its documents by language. */
function byLanguage(S: StructureBuilder, type: TranslatedType, title: string, ordering?: SortOrderingItem[]) {
  return S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(
      S.list()
        .id(`${type}-by-language`)
        .title(title)
        .items(languageItems(S, type, title, ordering)),
    )
}

function people(S: StructureBuilder) {
  return S.listItem()
    .id('people')
    .title('People')
    .schemaType('person')
    .child(
      S.list()
        .id('people')
        .title('People')
        .items([
          S.documentTypeListItem('person').id('all-people').title('People'),
          S.documentTypeListItem('personBioTranslation').title('Biographies (translations)'),
        ]),
    )
}

function siteSettings(S: StructureBuilder) {
  return S.listItem()
    .id('siteSettings')
    .title('Site settings')
    .schemaType('siteSettings')
    .child(
      S.list()
        .id('siteSettings-parts')
        .title('Site settings')
        .items([
          S.listItem()
            .id('siteSettings-main')
            .title('Site settings')
            .schemaType('siteSettings')
            .child(S.document().schemaType('siteSettings').documentId(singletons.siteSettings).title('Site settings')),
          S.listItem()
            .id('siteSettings-es')
            .title('Spanish texts')
            .schemaType('siteSettingsTranslation')
            .child(
              S.document()
                .schemaType('siteSettingsTranslation')
                .documentId(singletons.siteSettingsTranslation)
                .title('Site settings: Spanish texts'),
            ),
        ]),
    )
}

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
          ...languageItems(S, 'post', 'Articles', [{ field: 'publishedAt', direction: 'desc' }]),
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
      siteSettings(S),
      S.divider(),
      byLanguage(S, 'treatment', 'Treatments', [{ field: 'order', direction: 'asc' }]),
      byLanguage(S, 'comparisonTable', 'Comparison tables'),
      articles(S),
      S.divider(),
      people(S),
      byLanguage(S, 'category', 'Categories'),
      byLanguage(S, 'page', 'Pages'),
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
