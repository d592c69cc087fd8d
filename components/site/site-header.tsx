import { SearchForm } from '@/components/search/search-form'
import { Link } from '@/components/site/link'
import type { SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { MenuCloser } from './menu-closer'
import { primaryNav } from './nav-items'
import { Wordmark } from './wordmark'
import styles from './site-header.module.css'

type SiteHeaderProps = {
  clinicName: string
  phone: SiteSettings['phone']
  locale?: Locale
}

function PhoneIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" className={styles.icon}>
      <path
        fill="currentColor"
        d="M6.6 2.8 8 5.9c.2.5.1 1-.3 1.4L6.4 8.6a10.6 10.6 0 0 0 5 5l1.3-1.3c.4-.4.9-.5 1.4-.3l3.1 1.4c.5.2.8.8.7 1.4l-.4 2c-.1.6-.7 1-1.3 1C8.2 17.6 2.4 11.8 2.2 3.8c0-.6.4-1.2 1-1.3l2-.4c.6-.1 1.2.2 1.4.7Z"
      />
    </svg>
  )
}

function NavLinks({ className, locale }: { className?: string; locale: Locale }) {
  return (
    <ul role="list" className={className}>
      {primaryNav(locale).map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={styles.navLink}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * Wordmark, primary navigation, phone and the consultation button. Below 60rem the links move
 * into a <details> disclosure: it opens and closes without JavaScript and is keyboard operable.
 * Only one of the two navs is ever displayed, so assistive tech meets a single "Main" nav.
 */
export function SiteHeader({ clinicName, phone, locale = DEFAULT_LOCALE }: SiteHeaderProps) {
  const tel = `tel:${phone.e164}`
  const t = messages(locale).chrome
  // Site search covers the English content only, so the Spanish header leaves it out.
  const searchable = locale === DEFAULT_LOCALE
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={paths.home(locale)} className={styles.home}>
          <Wordmark clinicName={clinicName} />
          <span className="visually-hidden">, {t.home}</span>
        </Link>

        <nav aria-label={t.mainNav} className={styles.desktopNav}>
          <NavLinks className={styles.desktopList} locale={locale} />
          {searchable ? <SearchForm id="header-search" landmarkLabel={t.searchLabel} compact /> : null}
          <a href={tel} className={styles.phone}>
            <PhoneIcon />
            <span className={styles.phoneNumber}>
              <span className="visually-hidden">{t.call} </span>
              {phone.display}
            </span>
          </a>
          <Link href={paths.consultation(locale)} className={styles.button} prefetch="idle">
            {t.consultation}
          </Link>
        </nav>

        <div className={styles.mobileBar}>
          <a href={tel} className={styles.callButton}>
            <PhoneIcon />
            <span className={styles.callLabel}>{t.call}</span>
            <span className="visually-hidden"> {phone.display}</span>
          </a>
          {/* data-site-menu: found by the Escape handler of pages served without React (lib/cache/script-free-page.cjs). */}
          <details className={styles.menu} data-site-menu="">
            <summary className={styles.menuToggle}>
              <svg
                viewBox="0 0 20 20"
                width="20"
                height="20"
                aria-hidden="true"
                focusable="false"
                className={styles.menuIcon}
              >
                <path className={styles.bars} d="M3 5.5h14M3 10h14M3 14.5h14" />
                <path className={styles.cross} d="m5 5 10 10M15 5 5 15" />
              </svg>
              {t.menu}
            </summary>
            <nav aria-label={t.mainNav} className={styles.menuPanel}>
              {searchable ? (
                <SearchForm id="menu-search" landmarkLabel={t.searchMenuLabel} className={styles.menuSearch} />
              ) : null}
              <NavLinks className={styles.mobileList} locale={locale} />
              <div className={styles.menuActions}>
                <Link href={paths.consultation(locale)} className={styles.button}>
                  {t.consultation}
                </Link>
                <a href={tel} className={styles.menuPhone}>
                  <PhoneIcon />
                  {t.callNumber(phone.display)}
                </a>
              </div>
            </nav>
            <MenuCloser />
          </details>
        </div>
      </div>
    </header>
  )
}
