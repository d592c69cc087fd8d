import type { ClinicPhone } from '@/components/content/consultation-cta'
import type { LanguageTagline } from '@/lib/content/schemas'
import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n'
import { splitAtPhone } from '@/lib/i18n/language-tag'
import styles from './tagline-list.module.css'

type TaglineListProps = {
  taglines: readonly LanguageTagline[]
  phone: ClinicPhone
  /** The page's language, for the label naming each tagline's language. */
  locale: Locale
}

/**
 * The label over a tagline: on English pages the editor's name ("Tagalog"), on others the
 * language's name in the page's language from Intl ("Vietnamita"), the editor's if Intl has none.
 */
function languageLabel(tagline: LanguageTagline, locale: Locale): string {
  if (locale === 'en') return tagline.languageName
  const tag = LANGUAGE_TAGS[locale]
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tagline.languageTag)
    if (!name || name === tagline.languageTag) return tagline.languageName
    // Spanish writes language names in lower case; as a label it starts with a capital.
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1)
  } catch {
    return tagline.languageName
  }
}

/**
 * The Section 1557 taglines: each in its own language and script, marked with `lang` (so
 * screen readers switch voice and browsers pick the right font) and `dir` for right-to-left
 * scripts. The phone number comes from Site settings, isolated left-to-right inside RTL text.
 */
export function TaglineList({ taglines, phone, locale }: TaglineListProps) {
  if (taglines.length === 0) return null
  return (
    <ul className={styles.list}>
      {taglines.map((tagline) => (
        <li key={tagline._key} className={styles.item}>
          <p className={styles.label}>{languageLabel(tagline, locale)}</p>
          <p lang={tagline.languageTag} dir={tagline.direction === 'rtl' ? 'rtl' : 'ltr'} className={styles.text}>
            {splitAtPhone(tagline.text).map((part, index) => (
              // The parts are fixed for a given text, so their position is a stable key.
              <span key={index}>
                {index > 0 ? (
                  <a href={`tel:${phone.e164}`} dir="ltr" className={styles.phone}>
                    {phone.display}
                  </a>
                ) : null}
                {part}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  )
}
