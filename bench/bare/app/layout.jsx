// The bare reference for `npm run bench`: Next.js with nothing of the clinic's (no CSS, images or
// client components), so its Lighthouse figures are what the framework alone costs on this machine.
export const metadata = {
  title: 'Bare Next.js page',
  description: 'A reference page for the clinic site’s bench: one heading and thirty paragraphs.',
}

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
