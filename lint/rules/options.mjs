// The options both boundary rules take: `always` (the folder decides, not the file's content)
// and `serverPackages` (packages that make a module server code).
export const boundaryRuleSchema = [
  {
    type: 'object',
    properties: {
      always: { type: 'boolean' },
      serverPackages: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
  },
]

/** Reads a rule's options: whether it always applies, and a test for server package names. */
export function boundaryRuleOptions(context) {
  const { always = false, serverPackages = [] } = context.options[0] ?? {}
  const isServerPackage = (specifier) =>
    specifier.startsWith('node:') ||
    serverPackages.some((name) => specifier === name || specifier.startsWith(`${name}/`))
  return { always, isServerPackage }
}
