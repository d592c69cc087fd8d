import type { SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { ButtonLink } from './button-link'
import styles from './home-hero.module.css'

type HomeHeroProps = Pick<SiteSettings, 'tagline' | 'phone'> & {
  slotMinutes: number
  locale?: Locale
}

/** Soft hills under a low sun: calm, abstract, and free of stock-photo clichés. */
function HeroArt() {
  return (
    <svg viewBox="0 0 480 420" className={styles.art} aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="hero-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#f6efe2" />
          <stop offset="1" stopColor="#e9f0ee" />
        </linearGradient>
        <clipPath id="hero-frame">
          <rect width="480" height="420" rx="28" />
        </clipPath>
      </defs>
      <g clipPath="url(#hero-frame)">
        <rect width="480" height="420" fill="url(#hero-sky)" />
        <circle cx="318" cy="150" r="62" fill="#c9a66b" opacity="0.85" />
        <circle cx="318" cy="150" r="92" fill="none" stroke="#c9a66b" strokeOpacity="0.35" strokeWidth="2" />
        <circle cx="318" cy="150" r="124" fill="none" stroke="#c9a66b" strokeOpacity="0.18" strokeWidth="2" />
        <path d="M0 262c70-34 140-46 214-30s142 8 266-44v232H0Z" fill="#8fb1ad" opacity="0.55" />
        <path d="M0 300c88-40 170-44 250-22s150 14 230-20v162H0Z" fill="#4f7f82" opacity="0.8" />
        <path d="M0 348c96-28 186-30 266-10s142 12 214-8v90H0Z" fill="#2f5d62" />
        <path
          d="M58 392c40-10 80-12 124-4"
          stroke="#fbfaf7"
          strokeOpacity="0.5"
          strokeWidth="3"
          strokeLinecap="round"
          fill="none"
        />
      </g>
    </svg>
  )
}

/** The home page's opening: who the clinic helps and the two ways to take the first step. */
export function HomeHero({ tagline, phone, slotMinutes, locale = DEFAULT_LOCALE }: HomeHeroProps) {
  const t = messages(locale).home.hero
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <div className={styles.inner}>
        <div className={styles.text}>
          <p className={styles.eyebrow}>{t.eyebrow}</p>
          <h1 id="home-title" className={styles.title}>
            {tagline}
          </h1>
          <p className={styles.lead}>{t.lead}</p>
          <div className={styles.actions}>
            <ButtonLink href={paths.consultation(locale)}>{t.book(slotMinutes)}</ButtonLink>
            <ButtonLink href={`tel:${phone.e164}`} variant="secondary">
              {t.call(phone.display)}
            </ButtonLink>
          </div>
          <p className={styles.reassure}>{t.reassure}</p>
        </div>
        <div className={styles.visual}>
          <HeroArt />
        </div>
      </div>
    </section>
  )
}
