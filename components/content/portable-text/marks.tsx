import { Link } from '@/components/site/link'
import type { PortableTextMarkComponentProps } from '@portabletext/react'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/routes'
import { VisuallyHidden } from '../visually-hidden'
import { internalHref, safeExternalHref } from './links'
import styles from '../portable-text.module.css'

type TypedObject = { _type: string; _key?: string }
type LinkMark = TypedObject & { href?: unknown; openInNewTab?: unknown }
type InternalLinkMark = TypedObject & { target?: unknown }

/** `link` annotation: only http(s), mailto and tel become links; anything else stays text. */
export function externalLinkMark(locale: Locale) {
  const newTab = messages(locale).content.opensInNewTab
  return function ExternalLinkMark({ value, children }: PortableTextMarkComponentProps<LinkMark>) {
    const href = safeExternalHref(value?.href)
    if (!href) return <>{children}</>
    if (value?.openInNewTab === true) {
      return (
        <a href={href} target="_blank" rel="noopener noreferrer" className={styles.link}>
          {children}
          <VisuallyHidden>{newTab}</VisuallyHidden>
        </a>
      )
    }
    return (
      <a href={href} className={styles.link}>
        {children}
      </a>
    )
  }
}

/**
 * `internalLink` annotation: the query resolved the reference; a missing target is plain text.
 * The link goes to the target's page in the same language as the page it sits on.
 */
export function internalLinkMark(locale: Locale) {
  return function InternalLinkMark({ value, children }: PortableTextMarkComponentProps<InternalLinkMark>) {
    const href = internalHref(value?.target, locale)
    return href ? (
      <Link href={href} className={styles.link}>
        {children}
      </Link>
    ) : (
      <>{children}</>
    )
  }
}

/** Marks we have no renderer for (e.g. a decorator added in the Studio later) keep their text. */
export function UnknownMark({ children }: PortableTextMarkComponentProps) {
  return <>{children}</>
}
