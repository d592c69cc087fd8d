import { messages } from '@/lib/i18n'
import { LOCALES, paths, type Locale } from '@/lib/routes'
import styles from './language-switch.module.css'

type LanguageSwitchProps = {
  /** The page's language. */
  locale: Locale
  /** This page in each language it exists in; a language missing here leads to its home page. */
  alternates?: Partial<Record<Locale, string>>
}

/**
 * "Español" on an English page, "English" on a Spanish one: to this page's translation, or to the
 * other language's home when it has none. A plain link: it never redirects by itself, and the
 * browser's language is only ever a suggestion the patient follows or not.
 */
export function LanguageSwitch({ locale, alternates = {} }: LanguageSwitchProps) {
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale
  const target = messages(other).language
  const href = alternates[other] ?? paths.home(other)
  return (
    <div className={styles.bar}>
      {/* A plain link: the other language has its own root layout, so this is a full page load anyway. */}
      <a href={href} hrefLang={other} lang={other} className={styles.link}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false" className={styles.icon}>
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            d="M10 2.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15Zm-7.5 7.5h15M10 2.5c2 2.1 3 4.6 3 7.5s-1 5.4-3 7.5c-2-2.1-3-4.6-3-7.5s1-5.4 3-7.5Z"
          />
        </svg>
        <span>{target.name}</span>
        {alternates[other] ? null : <span className="visually-hidden"> ({target.homeOnly})</span>}
      </a>
    </div>
  )
}
