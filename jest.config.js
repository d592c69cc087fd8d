// Plain JS so jest needs no ts-node; next/jest applies next.config.ts (SWC, transpilePackages).
const nextJest = require('next/jest')

const createJestConfig = nextJest({ dir: './' })

// ESM-only packages that tests import (directly or through lib/content) and jest must compile.
const esmPackages = [
  'next-sanity',
  '@sanity/visual-editing[a-z-]*',
  '@sanity/client',
  '@sanity/comlink',
  '@sanity/presentation-comlink',
  '@sanity/preview-url-secret',
  'get-it',
  'nanoid',
  'valibot',
  'xstate',
  '@xstate',
  'groq',
  '@portabletext',
  '@sanity/image-url',
]

const config = createJestConfig({
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/__tests__/helpers/empty-module.ts',
  },
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/e2e/',
    '/__tests__/helpers/',
    '/__tests__/lint/fixtures/',
    '/__tests__/lib/content/fixtures/',
    '/.next',
  ],
})

module.exports = async () => {
  const resolved = await config()
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  }
}
