/**
 * The slice of Sanity's ValidationContext these rules read. Declared here (not imported from
 * 'sanity') so the rules stay plain functions that unit tests can call without a Studio.
 * Sanity's own ValidationContext is assignable to it, so `Rule.custom(fn)` accepts them.
 */
export interface RuleContext {
  parent?: unknown
  document?: unknown
}

/** `true` when valid, otherwise the message the editor sees next to the field. */
export type RuleResult = true | string

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}
