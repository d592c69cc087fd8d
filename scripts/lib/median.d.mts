export function median(values: readonly (number | null | undefined)[]): number | null
