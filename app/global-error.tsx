'use client'

import { CrisisNoticeText } from '@/components/site/crisis-notice'

/**
 * Last resort when the root layout itself fails (for example, site settings cannot be read).
 * It replaces the whole document, so it brings its own minimal styles and no data: only the
 * crisis notice in its built-in wording, which needs no settings.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body
        style={{
          margin: 0,
          padding: '3rem 1.25rem',
          background: '#fbfaf7',
          color: '#1f2a2e',
          font: '1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        }}
      >
        <main style={{ maxWidth: '36rem', margin: '0 auto' }}>
          <h1 style={{ margin: '0 0 1rem', fontFamily: 'Georgia, serif', fontWeight: 600, lineHeight: 1.2 }}>
            Sorry, the site didn’t load
          </h1>
          <p style={{ margin: '0 0 1.5rem' }}>This is a problem on our side. Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            style={{
              minHeight: '2.75rem',
              padding: '0.5rem 1.25rem',
              border: 0,
              borderRadius: '999px',
              background: '#2f5d62',
              color: '#fff',
              font: 'inherit',
              fontWeight: 600,
              cursor: 'pointer',
            }}
          >
            Try again
          </button>
          <p
            style={{
              margin: '2rem 0 0',
              padding: '1rem 1.25rem',
              borderRadius: '12px',
              background: '#fff4e5',
              color: '#5c3b00',
            }}
          >
            <CrisisNoticeText linkStyle={{ color: 'inherit', fontWeight: 700 }} />
          </p>
        </main>
      </body>
    </html>
  )
}
