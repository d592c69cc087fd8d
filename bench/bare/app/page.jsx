const paragraphs = Array.from(
  { length: 30 },
  (_, index) =>
    `Paragraph ${index + 1}. Plain text of about the length of a paragraph in one of the clinic's articles, ` +
    'so that layout and paint have some work to do without anything beyond what Next.js itself sends.',
)

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </main>
  )
}
