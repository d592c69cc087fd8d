/**
 * A generated content dataset of any size, shaped like sanity/seed (posts with authors,
 * reviewers, categories, images and rich text; treatments, people, pages, comparison tables,
 * redirects, drafts and scheduled posts), for the dataset bench and the query equivalence test.
 * Deterministic: the same size gives the same documents, so runs compare.
 */
export interface SyntheticDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

const slug = (current: string) => ({ _type: 'slug', current })
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const pad = (n: number) => String(n).padStart(5, '0')

/** Stands in for an uploaded image: an asset document the posts point at. */
function imageAsset(index: number): SyntheticDocument {
  const hash = (index.toString(16) + 'a'.repeat(40)).slice(0, 40)
  const id = `image-${hash}-1200x675-jpg`
  return {
    _id: id,
    _type: 'sanity.imageAsset',
    url: `/seed-images/${hash}-1200x675.jpg`,
    extension: 'jpg',
    metadata: { dimensions: { width: 1200, height: 675, aspectRatio: 1200 / 675 }, lqip: 'data:image/jpeg;base64,AA' },
  }
}

const image = (assetId: string, alt: string) => ({ _type: 'image', alt, asset: ref(assetId) })

function block(key: string, text: string, markDefs: unknown[] = [], marks: string[] = []) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: [{ _type: 'span', _key: `${key}s`, text, marks }],
  }
}

/** `total` documents in all; the fixed part (about 60) first, posts fill the rest. */
export function syntheticDataset(total: number): SyntheticDocument[] {
  const docs: SyntheticDocument[] = []
  const assets = Array.from({ length: 20 }, (_, i) => imageAsset(i + 1))
  const assetId = (i: number) => assets[i % assets.length]?._id ?? ''
  docs.push(...assets)

  docs.push({
    _id: 'siteSettings',
    _type: 'siteSettings',
    _updatedAt: '2026-10-14T18:25:40Z',
    clinicName: 'Stillwater',
    tagline: 'Calm care',
    seo: { metaTitle: 'Stillwater', ogImage: image(assetId(0), 'Calm water') },
  })
  const people = Array.from({ length: 6 }, (_, i) => ({
    _id: `person-${i}`,
    _type: 'person',
    _updatedAt: '2026-09-01T10:00:00Z',
    name: `Person ${i}`,
    slug: slug(`person-${i}`),
    jobTitle: i % 2 ? 'Physician' : 'Therapist',
    credentials: 'MD',
    photo: image(assetId(i), `Portrait ${i}`),
  }))
  const categories = Array.from({ length: 12 }, (_, i) => ({
    _id: `category-${i}`,
    _type: 'category',
    _updatedAt: '2026-09-02T10:00:00Z',
    title: `Category ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`,
    slug: slug(`category-${i}`),
    description: `About topic ${i}`,
  }))
  const treatments = Array.from({ length: 4 }, (_, i) => ({
    _id: `treatment-${i}`,
    _type: 'treatment',
    _updatedAt: '2026-09-03T10:00:00Z',
    name: `Treatment ${i}`,
    slug: slug(`treatment-${i}`),
    order: i === 3 ? undefined : 3 - i,
    summary: `Summary ${i}`,
    heroImage: image(assetId(i + 3), `Hero ${i}`),
    body: [block(`t${i}`, 'Treatment text')],
    faqs: i % 2 ? [{ _key: `f${i}`, question: 'Q?', answer: 'A.' }] : undefined,
    medicalReview: { lastReviewed: '2026-08-01', reviewer: ref(`person-${i % 6}`) },
    seo: { metaTitle: `Treatment ${i}`, noIndex: i === 2 },
  }))
  const tables = Array.from({ length: 2 }, (_, i) => ({
    _id: `comparison-${i}`,
    _type: 'comparisonTable',
    _updatedAt: '2026-09-04T10:00:00Z',
    title: `Comparison ${i}`,
    slug: slug(`comparison-${i}`),
    columns: [
      { _key: 'c0', ...ref('treatment-0') },
      { _key: 'c1', ...ref('treatment-1') },
    ],
    rows: [{ _key: 'r0', criterion: 'Length', cells: ['1h', '2h'] }],
  }))
  const pages = Array.from({ length: 4 }, (_, i) => ({
    _id: `page-${i}`,
    _type: 'page',
    _updatedAt: '2026-09-05T10:00:00Z',
    title: `Page ${i}`,
    slug: slug(`page-${i}`),
    body: [block(`p${i}`, 'Page text', [{ _key: 'l', _type: 'internalLink', reference: ref('treatment-0') }], ['l'])],
  }))
  const redirects = Array.from({ length: 3 }, (_, i) => ({
    _id: `redirect-${i}`,
    _type: 'redirect',
    from: `/old-${i}`,
    to: `/new-${i}`,
    permanent: i === 0 ? false : undefined,
  }))
  docs.push(...people, ...categories, ...treatments, ...tables, ...pages, ...redirects)
  docs.push({ _id: 'drafts.page-0', _type: 'page', title: 'Page 0 (draft)', slug: slug('page-0') })

  const postCount = Math.max(1, total - docs.length)
  for (let i = 0; i < postCount; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 7).toISOString()
    // Every 50th post is scheduled for later, every 97th has no slug yet: both stay unlisted.
    const publishedAt = i % 50 === 49 ? '2099-01-01T00:00:00Z' : day
    docs.push({
      _id: i % 211 === 210 ? `drafts.post-${pad(i)}` : `post-${pad(i)}`,
      _type: 'post',
      _updatedAt: day,
      title: `Post ${i}`,
      slug: i % 97 === 96 ? undefined : slug(`post-${pad(i)}`),
      excerpt: `Excerpt of post ${i}`,
      publishedAt,
      mainImage: image(assetId(i), `Image ${i}`),
      author: ref(`person-${i % 6}`),
      categories: [
        { _key: 'a', ...ref(`category-${i % 12}`) },
        { _key: 'b', ...ref(`category-${(i * 5 + 1) % 12}`) },
      ],
      medicalReview: { lastReviewed: '2026-01-01', reviewer: ref(`person-${(i + 1) % 6}`) },
      body: [
        block(
          `b${i}`,
          `Body of post ${i}`,
          [{ _key: 'l', _type: 'internalLink', reference: ref(`post-${pad((i + 1) % postCount)}`) }],
          ['l'],
        ),
        { _type: 'image', _key: `i${i}`, alt: 'Body image', caption: 'Caption', asset: ref(assetId(i + 7)) },
        ...(i % 10 === 0 ? [{ _type: 'comparisonTableEmbed', _key: `c${i}`, table: ref('comparison-0') }] : []),
      ],
      seo: i % 3 ? undefined : { metaTitle: `Post ${i}`, noIndex: i % 9 === 0 },
    })
  }
  // Drop undefined fields, as an NDJSON export would not have them.
  return docs.map((doc) => JSON.parse(JSON.stringify(doc)) as SyntheticDocument)
}
