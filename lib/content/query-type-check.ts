/**
 * Compile-time agreement between a GROQ query's generated result type (`*_QUERY_RESULT` in
 * sanity.types.ts, from `npm run typegen`) and the zod schema that validates it.
 *
 * The schema is meant to be stricter than the query: it drops documents with missing fields,
 * narrows nullables and transforms. So the check runs one way only: every field the schema
 * reads must be projected by the query, must sometimes hold a value (typegen types a field
 * the Sanity schema does not have as `null`), and its non-null type must be assignable to
 * what the schema accepts there. Fields the query returns and the schema ignores are fine.
 */
import type { z } from 'zod'

/** What a schema is applied to: each member of a list (fetchList), or the one document. */
type QueryValue<Result> = [NonNullable<Result>] extends [readonly (infer Member)[]] ? Member : Result

type Join<Path extends string, Key extends PropertyKey> = Path extends ''
  ? `${Key & string}`
  : `${Path}.${Key & string}`

/** Named keys only: a loose object's `[key: string]: unknown` reads no particular field. */
type NamedKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K]
}

interface Mismatch<Path extends string, Problem extends string, Query, Schema> {
  path: Path extends '' ? '(root)' : Path
  problem: Problem
  query: Query
  schema: Schema
}

/** A union of every place where `Query` (a query's type) does not fit `Input` (a schema's input). */
type Mismatches<Query, Input, Path extends string> = unknown extends Input
  ? never // the schema accepts anything here
  : [NonNullable<Query>] extends [never]
    ? Mismatch<Path, 'the query never returns a value here', Query, Input>
    : [NonNullable<Input>] extends [readonly (infer InputMember)[]]
      ? [NonNullable<Query>] extends [readonly (infer QueryMember)[]]
        ? Mismatches<QueryMember, InputMember, `${Path}[]`>
        : Mismatch<Path, 'the schema expects a list', Query, Input>
      : [NonNullable<Input>] extends [object]
        ? [NonNullable<Query>] extends [object]
          ? FieldMismatches<NonNullable<Query>, NonNullable<Input>, Path>
          : Mismatch<Path, 'the schema expects an object', Query, Input>
        : [NonNullable<Query>] extends [NonNullable<Input>]
          ? never
          : Mismatch<Path, 'the query returns values the schema rejects', Query, Input>

type FieldMismatches<Query, Input, Path extends string> = {
  [K in NamedKeys<Input>]-?: K extends keyof Query
    ? Mismatches<Query[K], Input[K & keyof Input], Join<Path, K>>
    : Mismatch<Join<Path, K>, 'the query does not return this field', undefined, Input[K & keyof Input]>
}[NamedKeys<Input>]

/** `true` when `Schema` fits the query result `Result`, otherwise each mismatch with its field path. */
export type SchemaFitsQuery<Result, Schema extends z.ZodType> = [
  Mismatches<QueryValue<Result>, z.input<Schema>, ''>,
] extends [never]
  ? true
  : Mismatches<QueryValue<Result>, z.input<Schema>, ''>

/**
 * Fails to compile unless its argument is `true`; wrap `SchemaFitsQuery` in it. tsc then
 * prints the mismatches: `Type 'Mismatch<"mainImage.alt", ...>' does not satisfy the
 * constraint 'true'`.
 */
export type Assert<Verdict extends true> = Verdict
