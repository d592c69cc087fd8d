/** A care team member's profile, in either language: /team/[slug] and /es/equipo/[slug]. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { personDisplayName } from '@/components/content/medical-review-byline'
import { PersonView } from '@/components/content/person-view'
import { LanguageSwitch } from '@/components/site/language-switch'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getPeople, getPerson, getPostsByPerson, getSiteSettings } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { sharedDocumentAlternates } from '@/lib/seo/alternates'
import { profilePageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import type { SlugProps } from './route-props'

/** People are one document for every language, so every profile exists in both (the sitemap says the same). */
const bothProfiles = (slug: string) => sharedDocumentAlternates('person', slug)

export function personRoute(locale: Locale) {
  async function generateStaticParams() {
    const people = await getPeople()
    return people.map((person) => ({ slug: person.slug }))
  }

  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const person = await getPerson((await params).slug, locale)
    if (!person) return {}
    return pageMetadata({
      title: personDisplayName(person),
      description: messages(locale).pages.person.description(personDisplayName(person), person.jobTitle ?? ''),
      path: paths.person(person.slug, locale),
      type: 'profile',
      locale,
      alternates: bothProfiles(person.slug),
    })
  }

  async function TeamMemberPage({ params }: SlugProps) {
    const { slug } = await params
    const person = await getPerson(slug, locale)
    if (!person) notFound()
    const [posts, settings] = await Promise.all([getPostsByPerson(slug, locale), getSiteSettings(locale)])
    return (
      <>
        <JsonLdScript data={profilePageJsonLd(person)} />
        <LanguageSwitch locale={locale} alternates={bothProfiles(person.slug)} />
        <PersonView locale={locale} person={person} posts={posts} settings={settings} />
      </>
    )
  }

  return { generateStaticParams, generateMetadata, Page: TeamMemberPage }
}
