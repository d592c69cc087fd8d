import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { personDisplayName } from '@/components/content/medical-review-byline'
import { PersonView } from '@/components/content/person-view'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getPeople, getPerson, getPostsByPerson, getSiteSettings } from '@/lib/content'
import { profilePageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const people = await getPeople()
  return people.map((person) => ({ slug: person.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPerson((await params).slug)
  if (!person) return {}
  const role = person.jobTitle ? `, ${person.jobTitle}` : ''
  return pageMetadata({
    title: personDisplayName(person),
    description: `${personDisplayName(person)}${role}: profile and articles written or medically reviewed.`,
    path: paths.person(person.slug),
    type: 'profile',
  })
}

export default async function TeamMemberPage({ params }: Props) {
  const { slug } = await params
  const person = await getPerson(slug)
  if (!person) notFound()
  const [posts, settings] = await Promise.all([getPostsByPerson(slug), getSiteSettings()])
  return (
    <>
      <JsonLdScript data={profilePageJsonLd(person)} />
      <PersonView person={person} posts={posts} settings={settings} />
    </>
  )
}
