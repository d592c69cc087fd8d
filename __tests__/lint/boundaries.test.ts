/**
 * Each module boundary in lint/boundaries.mjs, proved by a fixture that breaks it (and a few
 * that must pass). A fixture says where it is linted (`// lint-as: <path>`, so folder rules
 * apply) and which rule must fire (`// expect: <rule id>` or `// expect: none`). The fixtures
 * are left out of `npm run lint` itself; here they go through the real ESLint and config.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')
const fixtureDir = path.join(__dirname, 'fixtures')

interface Fixture {
  name: string
  filePath: string
  expected: string
  code: string
}

interface LintResult {
  filePath: string
  ruleIds: string[]
  messages: string[]
}

function readFixture(name: string): Fixture {
  const code = readFileSync(path.join(fixtureDir, name), 'utf8')
  const filePath = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1]
  const expected = /^\/\/ expect: (\S+)$/m.exec(code)?.[1]
  if (!filePath || !expected) throw new Error(`${name} needs "// lint-as: <path>" and "// expect: <rule>" lines`)
  return { name, filePath, expected, code }
}

const fixtures = readdirSync(fixtureDir)
  .filter((name) => /\.tsx?$/.test(name))
  .sort()
  .map(readFixture)

let results: LintResult[] = []

beforeAll(() => {
  const output = execFileSync(process.execPath, [path.join(root, '__tests__/helpers/lint-as.mjs')], {
    cwd: root,
    input: JSON.stringify(fixtures.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: 'utf8',
  })
  results = JSON.parse(output) as LintResult[]
}, 180_000)

describe('module boundaries (lint/boundaries.mjs)', () => {
  it('has fixtures for every boundary rule', () => {
    const rules = new Set(fixtures.map((fixture) => fixture.expected))
    expect([...rules].sort()).toEqual(
      ['clinic/browser-safe-imports', 'clinic/require-server-only', 'import/no-restricted-paths', 'none'].sort(),
    )
  })

  it.each(fixtures.map((fixture, index) => [fixture.name, fixture.expected, index] as const))(
    '%s: %s',
    (_name, expected, index) => {
      const result = results[index]
      if (!result) throw new Error('no lint result')
      if (expected === 'none') expect(result.messages).toEqual([])
      else expect(result.ruleIds).toEqual([expected])
    },
  )

  it('names the chain of files that leads a client module to server code', () => {
    const index = fixtures.findIndex((fixture) => fixture.name === 'client-imports-server-module-through-another.tsx')
    expect(results[index]?.messages.join('\n')).toContain(
      '__tests__/lint/fixtures/modules/relay.ts -> __tests__/lint/fixtures/modules/secret.ts',
    )
  })
})
