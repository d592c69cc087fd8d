// The module boundaries of ../shared/DESIGN.md ("Layout"), as lint rules: change a boundary
// here and `npm test` (through `npm run lint`) holds every file to it. Each rule is proved by a
// fixture that breaks it: __tests__/lint/boundaries.test.ts.
import { clinicPlugin } from './plugin.mjs'

/** Packages that only run on the server: importing one makes a module server code. */
export const SERVER_PACKAGES = ['pg', '@electric-sql/pglite', 'nodemailer', 'redis', 'next/headers']

/** Folders whose every module holds secrets, database access or patient data. */
export const SERVER_FOLDERS = ['lib/consultations/server/**', 'lib/mail/**', 'lib/staff/**', 'lib/rate-limit/**']

/**
 * Modules that ship to the browser without a 'use client' line of their own, and so must stay
 * free of server code: shared booking rules, the route map, the redirect rules, and the Studio
 * (its config, schema, structure and validation are bundled for the editor's browser).
 */
export const BROWSER_SAFE_FOLDERS = [
  'lib/consultations/shared/**',
  'lib/routes.ts',
  'lib/seo/redirects.ts',
  'lib/sanity-env.ts',
  'lib/crisis-lines.ts',
  'sanity.config.ts',
  'sanity/**',
]

/** Code that is not routes: none of it may import from app/. */
const OUTSIDE_APP = [
  './components',
  './lib',
  './sanity',
  './scripts',
  './proxy.ts',
  './instrumentation.ts',
  './next.config.ts',
  './sanity.config.ts',
  './sanity.cli.ts',
]

const bundled = ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}']

export const boundaries = [
  {
    files: bundled,
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: OUTSIDE_APP,
              from: './app',
              message: 'Nothing imports app/: routes are the top layer. Move what is shared to components/ or lib/.',
            },
            {
              target: './lib',
              from: './components',
              message: 'lib/ never imports components/: pass data to components, not components to lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: bundled,
    plugins: { clinic: clinicPlugin },
    rules: { 'clinic/browser-safe-imports': ['error', { serverPackages: SERVER_PACKAGES }] },
  },
  {
    files: BROWSER_SAFE_FOLDERS,
    rules: { 'clinic/browser-safe-imports': ['error', { always: true, serverPackages: SERVER_PACKAGES }] },
  },
  {
    // Node loads .cjs files itself (Next's cache handler): the server-only package would throw there.
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'clinic/require-server-only': ['error', { serverPackages: SERVER_PACKAGES }] },
  },
  {
    files: SERVER_FOLDERS.map((folder) => `${folder}/*.{ts,tsx}`),
    rules: { 'clinic/require-server-only': ['error', { always: true, serverPackages: SERVER_PACKAGES }] },
  },
]
