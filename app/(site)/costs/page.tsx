import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { FormattedDate, formatDate } from '@/components/content/formatted-date'
import { PortableTextBody } from '@/components/content/portable-text'
import { PriceTable } from '@/components/costs/price-table'
import { Container } from '@/components/site/container'
import { Link } from '@/components/site/link'
import { PageHeader } from '@/components/site/page-header'
import { getPriceList, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './costs.module.css'
import { LanguageSwitch } from '@/components/site/language-switch'

export async function generateMetadata(): Promise<Metadata> {
  const priceList = await getPriceList()
  if (!priceList) return {}
  return pageMetadata({
    title: priceList.title,
    description:
      priceList.intro ??
      'Self-pay prices, insurance and superbills, HSA and FSA cards, and your right to a Good Faith Estimate.',
    path: paths.costs(),
    seo: priceList.seo,
  })
}

export default async function CostsPage() {
  const [priceList, settings] = await Promise.all([getPriceList(), getSiteSettings()])
  if (!priceList) notFound()

  return (
    <>
      <LanguageSwitch locale="en" />
      <PageHeader
        title={priceList.title}
        lead={priceList.intro}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: priceList.title, href: paths.costs() },
        ]}
      >
        <nav aria-label="On this page" className={styles.toc}>
          <ul role="list">
            <li>
              <a href="#prices">Self-pay prices</a>
            </li>
            <li>
              <a href="#insurance">Insurance and payment</a>
            </li>
            <li>
              <a href="#good-faith-estimate">Good Faith Estimate</a>
            </li>
          </ul>
        </nav>
      </PageHeader>

      <Container className={styles.content}>
        <div className={styles.column}>
          <section aria-labelledby="prices" className={styles.section}>
            <h2 id="prices">Self-pay prices</h2>
            <p className={styles.asOf}>
              Prices as of <FormattedDate date={priceList.pricesAsOf} />. Ask us for a{' '}
              <a href="#good-faith-estimate">Good Faith Estimate</a> of your own care.
            </p>
            <PriceTable
              prices={priceList.prices}
              caption={`Self-pay prices in US dollars, as of ${formatDate(priceList.pricesAsOf)}`}
            />
            <p className={styles.note}>
              The first step is always the free phone call, then a medical evaluation; your clinician will tell you
              which treatment and how many sessions they recommend before you pay for any.
            </p>
          </section>

          <section aria-labelledby="insurance" className={`${styles.section} ${styles.prose}`}>
            <h2 id="insurance">Insurance and payment</h2>
            <PortableTextBody value={priceList.paymentNotes} phone={settings.phone} />
          </section>

          <section aria-labelledby="good-faith-estimate" className={`${styles.section} ${styles.notice}`}>
            <h2 id="good-faith-estimate">Your right to a Good Faith Estimate</h2>
            <PortableTextBody value={priceList.goodFaithEstimate} phone={settings.phone} />
            <p className={styles.ask}>
              To ask for an estimate, call <a href={`tel:${settings.phone.e164}`}>{settings.phone.display}</a> or
              mention it on your <Link href={paths.consultation()}>free consultation call</Link>.
            </p>
          </section>

          <ConsultationCta
            phone={settings.phone}
            heading="Questions about cost? Book a free call"
            text="Our care team can talk through prices, payment and what your plan may reimburse, with no commitment."
          />
        </div>
      </Container>
    </>
  )
}
