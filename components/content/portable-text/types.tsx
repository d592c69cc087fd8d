/**
 * Renderers for the non-text members of blockContent. Each parses its own node: the content
 * boundary only checks the Portable Text envelope, so a half-filled block is caught here
 * and degrades to the fallback instead of failing the page.
 */
import type { PortableTextTypeComponentProps, UnknownNodeType } from '@portabletext/react'
import { z } from 'zod'
import { bodyImageSchema, comparisonTableSchema } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/routes'
import { ComparisonTableView } from '../comparison-table'
import { ConsultationCta, type ClinicPhone } from '../consultation-cta'
import { SanityImage } from '../sanity-image'
import styles from '../portable-text.module.css'

type TypeProps = PortableTextTypeComponentProps<UnknownNodeType>

const isDev = process.env.NODE_ENV !== 'production'

/**
 * Shown where a block cannot be rendered: visible so editors notice it in preview, worded
 * so a patient reading the live page is not alarmed. The type name only appears in dev.
 */
export function UnknownBlock({ value, isInline, locale }: TypeProps & { locale: Locale }) {
  const Tag = isInline ? 'span' : 'div'
  return (
    <Tag className={styles.unknown} role="note" data-block-type={value._type}>
      {messages(locale).content.unknownBlock}
      {isDev ? ` (Unsupported content block: "${value._type}")` : null}
    </Tag>
  )
}

export function bodyImageRenderer(locale: Locale) {
  return function BodyImage(props: TypeProps) {
    const image = bodyImageSchema.safeParse(props.value)
    if (!image.success) return <UnknownBlock {...props} locale={locale} />
    return (
      <figure className={styles.figure}>
        <SanityImage image={image.data} />
        {image.data.caption ? <figcaption className={styles.caption}>{image.data.caption}</figcaption> : null}
      </figure>
    )
  }
}

/** The fallback for block types the site has no renderer for, in the page's language. */
export function unknownBlockRenderer(locale: Locale) {
  return function UnknownBlockInLocale(props: TypeProps) {
    return <UnknownBlock {...props} locale={locale} />
  }
}

const tableEmbedSchema = z.object({ table: comparisonTableSchema.nullish() })

export function comparisonTableEmbedRenderer(locale: Locale) {
  return function ComparisonTableEmbed(props: TypeProps) {
    const embed = tableEmbedSchema.safeParse(props.value)
    // A deleted/unpublished table resolves to null: skip it on the live site, flag it in dev.
    if (!embed.success || !embed.data.table) return isDev ? <UnknownBlock {...props} locale={locale} /> : null
    return <ComparisonTableView table={embed.data.table} headingLevel={3} locale={locale} />
  }
}

const ctaSchema = z.object({
  heading: z.string().nullish(),
  text: z.string().nullish(),
  buttonLabel: z.string().nullish(),
})

export function consultationCtaRenderer(phone: ClinicPhone | undefined, locale: Locale) {
  return function ConsultationCtaBlock(props: TypeProps) {
    const cta = ctaSchema.safeParse(props.value)
    // Wrong-typed fields fall back to the defaults rather than hiding the way to book.
    const fields = cta.success ? cta.data : {}
    return <ConsultationCta {...fields} phone={phone} locale={locale} />
  }
}
