/**
 * The one map from blockContent to React, built once per language (and cached) rather than
 * on every render. Each text element carries its own class rather than being styled through
 * the container, so prose typography never leaks into embedded blocks (table, CTA).
 */
import { toPlainText, type PortableTextComponents, type PortableTextComponentProps } from '@portabletext/react'
import type { PortableTextBlock } from '@portabletext/react'
import type { ClinicPhone } from '../consultation-cta'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { UnknownMark, externalLinkMark, internalLinkMark } from './marks'
import { bodyImageRenderer, comparisonTableEmbedRenderer, consultationCtaRenderer, unknownBlockRenderer } from './types'
import styles from '../portable-text.module.css'

type BlockProps = PortableTextComponentProps<PortableTextBlock>

/** Editors often leave an empty paragraph as a spacer; it would only add a blank gap. */
function Paragraph({ value, children }: BlockProps) {
  return toPlainText(value).trim() === '' ? null : <p className={styles.p}>{children}</p>
}

// The page title is the only h1, so an h1 in the body is demoted.
const H2 = ({ children }: BlockProps) => <h2 className={styles.h2}>{children}</h2>
const H3 = ({ children }: BlockProps) => <h3 className={styles.h3}>{children}</h3>
const H4 = ({ children }: BlockProps) => <h4 className={styles.h4}>{children}</h4>
const H5 = ({ children }: BlockProps) => <h5 className={styles.h5}>{children}</h5>
const H6 = ({ children }: BlockProps) => <h6 className={styles.h6}>{children}</h6>
const Blockquote = ({ children }: BlockProps) => <blockquote className={styles.blockquote}>{children}</blockquote>
// Must not be the same function as `normal`: the library reports a style as missing when its
// renderer is identical to the unknown-style one.
const UnknownStyle = ({ children }: BlockProps) => <p className={styles.p}>{children}</p>

/** The renderers that do not depend on the page: text styles, lists, decorators. */
const sharedComponents = {
  block: {
    normal: Paragraph,
    h1: H2,
    h2: H2,
    h3: H3,
    h4: H4,
    h5: H5,
    h6: H6,
    blockquote: Blockquote,
  },
  list: {
    bullet: ({ children }) => <ul className={styles.ul}>{children}</ul>,
    number: ({ children }) => <ol className={styles.ol}>{children}</ol>,
  },
  listItem: ({ children }) => <li className={styles.li}>{children}</li>,
  unknownMark: UnknownMark,
  unknownBlockStyle: UnknownStyle,
  unknownList: ({ children }) => <ul className={styles.ul}>{children}</ul>,
  unknownListItem: ({ children }) => <li className={styles.li}>{children}</li>,
} satisfies PortableTextComponents

/**
 * The map for one language and clinic phone number: links go to pages in that language and
 * fallback wording is in it. Built once per combination (in practice a handful), so the maps
 * stay stable across renders.
 */
const cache = new Map<string, PortableTextComponents>()

export function portableTextComponents(phone?: ClinicPhone, locale: Locale = DEFAULT_LOCALE): PortableTextComponents {
  const cacheKey = `${locale}|${phone ? `${phone.e164}|${phone.display}` : ''}`
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const components: PortableTextComponents = {
    ...sharedComponents,
    marks: {
      strong: ({ children }) => <strong>{children}</strong>,
      em: ({ children }) => <em>{children}</em>,
      sup: ({ children }) => <sup className={styles.supSub}>{children}</sup>,
      sub: ({ children }) => <sub className={styles.supSub}>{children}</sub>,
      link: externalLinkMark(locale),
      internalLink: internalLinkMark(locale),
    },
    types: {
      image: bodyImageRenderer(locale),
      comparisonTableEmbed: comparisonTableEmbedRenderer(locale),
      consultationCta: consultationCtaRenderer(phone, locale),
    },
    unknownType: unknownBlockRenderer(locale),
  }
  cache.set(cacheKey, components)
  return components
}
