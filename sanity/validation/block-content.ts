import { isRecord, type RuleResult } from './types'

/** No h1: the page title is the only one, so headings in body text start at h2. */
export const bodyStyles = ['normal', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'] as const
export const bodyLists = ['bullet', 'number'] as const

interface Shape {
  styles: readonly string[]
  lists: readonly string[]
}

/**
 * The editor offers only the allowed styles, but pasted or imported text can carry others
 * (an h1 from a word processor). This catches them before they reach the page outline.
 */
export function blockShapeValidator({ styles, lists }: Shape) {
  return function blockShape(value: unknown): RuleResult {
    if (!Array.isArray(value)) return true
    for (const [index, block] of value.entries()) {
      if (!isRecord(block) || block._type !== 'block') continue
      const where = `Paragraph ${index + 1}`
      if (typeof block.style === 'string' && !styles.includes(block.style)) {
        return block.style === 'h1'
          ? `${where} is a Heading 1; the page title is the only one. Use Heading 2.`
          : `${where} has the style "${block.style}", which this field does not allow.`
      }
      if (typeof block.listItem === 'string' && !lists.includes(block.listItem)) {
        return lists.length === 0
          ? `${where} is a list item; lists are not allowed here.`
          : `${where} uses an unknown list type "${block.listItem}".`
      }
    }
    return true
  }
}

export const bodyBlockShape = blockShapeValidator({ styles: bodyStyles, lists: bodyLists })
export const bioBlockShape = blockShapeValidator({ styles: ['normal'], lists: [] })
