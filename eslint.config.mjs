// Lint: Next's core-web-vitals and TypeScript rules, the project's module boundaries
// (lint/boundaries.mjs), and Prettier's switch-offs last so formatting is Prettier's alone.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import { boundaries } from './lint/boundaries.mjs'

const sourceFiles = ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}']
const typeScriptFiles = ['**/*.{ts,tsx,mts,cts}']

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    files: typeScriptFiles,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    files: sourceFiles,
    // Packages are not walked for cycles: parsing node_modules would take a minute.
    settings: { 'import/ignore': ['node_modules'] },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // CommonJS files that Node loads as they are (Next's cache handler, jest's config).
    files: ['**/*.cjs', 'jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Route links go through components/site/link.tsx, which prefetches on intent instead of
    // Next's viewport prefetching (a burst of RSC requests while a phone is loading the page).
    files: sourceFiles,
    ignores: ['components/site/link.tsx', '__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: "Use { Link } from '@/components/site/link'." }] },
      ],
    },
  },
  ...boundaries,
  prettier,
  globalIgnores([
    '__tests__/lint/fixtures/**',
    '**/.next*/**',
    '.data/**',
    'sanity.types.ts',
    'next-env.d.ts',
    'bench/results.*',
  ]),
])
