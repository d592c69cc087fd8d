// Plain JS so jest needs no ts-node; next/jest applies next.config.ts (SWC, transpilePackages).
const nextJest = require('next/jest')

const createJestConfig = nextJest({ dir: './' })

module.exports = createJestConfig({
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/__tests__/helpers/empty-module.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/', '/__tests__/helpers/', '/.next/'],
})
