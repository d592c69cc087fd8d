/**
 * The type-level check in lib/content/query-type-check.ts only helps if it can fail. Each file
 * in ./fixtures/query-type-check pairs a query result type (shaped like typegen's) with
 * a schema that no longer fits it, except fits.ts, which must compile. The fixture folder has
 * its own tsconfig and is left out of the project's, so `npm run typecheck` never sees these
 * errors; this test runs tsc on it and expects each one, naming the field.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const fixtures = path.join(process.cwd(), '__tests__', 'lib', 'content', 'fixtures', 'query-type-check')
const tsc = path.join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc')

const expected: Record<string, { path: string; problem: string }> = {
  'field-not-projected.ts': { path: 'author.jobTitle', problem: 'the query does not return this field' },
  'field-not-in-sanity-schema.ts': { path: 'heroImage.caption', problem: 'the query never returns a value here' },
  'field-type-changed.ts': { path: 'sessionLength', problem: 'the query returns values the schema rejects' },
  'option-added-in-sanity.ts': { path: 'openingHours[].day', problem: 'the query returns values the schema rejects' },
  'list-member-changed.ts': { path: 'rows[].cells[]', problem: 'the query returns values the schema rejects' },
  'list-became-text.ts': { path: 'benefits', problem: 'the schema expects a list' },
  'object-became-text.ts': { path: 'phone', problem: 'the schema expects an object' },
}

/** tsc's errors, by fixture file name. */
function typeErrors(): Map<string, string[]> {
  const run = spawnSync(process.execPath, [tsc, '-p', fixtures, '--pretty', 'false'], { encoding: 'utf8' })
  const errors = new Map<string, string[]>()
  for (const line of run.stdout.split('\n')) {
    const match = /^(?:.*[\\/])?([^\\/(]+\.ts)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line)
    if (!match?.[1] || !match[2]) continue
    errors.set(match[1], [...(errors.get(match[1]) ?? []), match[2]])
  }
  if (run.status !== 0 && errors.size === 0)
    throw new Error(`tsc failed without type errors:\n${run.stdout}${run.stderr}`)
  return errors
}

describe('SchemaFitsQuery', () => {
  let errors: Map<string, string[]>
  beforeAll(() => {
    errors = typeErrors()
  }, 120_000)

  it('accepts a schema stricter than the query result (nullable fields, enums, defaults, loose objects)', () => {
    expect(errors.get('fits.ts')).toBeUndefined()
  })

  it.each(Object.entries(expected))('%s fails tsc naming the field and the problem', (file, { path, problem }) => {
    expect(errors.get(file)).toEqual([expect.stringContaining(`Mismatch<"${path}", "${problem}"`)])
  })

  it('has no fixture that fails for a reason the table does not list', () => {
    expect([...errors.keys()].sort()).toEqual(Object.keys(expected).sort())
  })
})
