// Browser code never loads a server-only module. Browser code is every 'use client' module and
// every file in a folder configured as browser-safe (`always: true`); the rule follows each of
// their run-time imports through the whole graph, so a server module two files away is found
// at the import that leads to it.
import path from 'node:path'
import { findServerOnly, resolveImport } from '../module-graph.mjs'
import { boundaryRuleOptions, boundaryRuleSchema } from './options.mjs'

function hasUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break
    if (statement.directive === 'use client') return true
  }
  return false
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true
  const specifiers = node.specifiers ?? []
  return (
    node.type === 'ImportDeclaration' &&
    specifiers.length > 0 &&
    specifiers.every((specifier) => specifier.importKind === 'type')
  )
}

export const browserSafeImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Browser code (use client, browser-safe folders) must not import server-only modules' },
    schema: boundaryRuleSchema,
    messages: {
      serverImport:
        '{{kind}} imports {{target}}, which reaches {{reason}}{{via}}. Browser code must not load server-only modules: move the shared part to a browser-safe module.',
    },
  },
  create(context) {
    const { always, isServerPackage: isServerDependency } = boundaryRuleOptions(context)
    const root = context.cwd
    const isServerPackage = (specifier) => specifier === 'server-only' || isServerDependency(specifier)
    let kind = null

    function check(node, source) {
      if (kind === null || !source || typeof source.value !== 'string' || isTypeOnly(node)) return
      const specifier = source.value
      const relative = (file) => path.relative(root, file)
      if (isServerPackage(specifier)) {
        context.report({
          node: source,
          messageId: 'serverImport',
          data: { kind, target: `'${specifier}'`, reason: 'a server package', via: '' },
        })
        return
      }
      const target = resolveImport(specifier, context.filename, root)
      if (!target) return
      const found = findServerOnly(target, root, isServerPackage)
      if (!found) return
      const via = found.chain.length > 1 ? ` (through ${found.chain.map(relative).join(' -> ')})` : ''
      context.report({
        node: source,
        messageId: 'serverImport',
        data: { kind, target: relative(target), reason: `${found.reason} in ${relative(found.chain.at(-1))}`, via },
      })
    }

    return {
      Program(program) {
        if (hasUseClient(program)) kind = "This 'use client' module"
        else if (always) kind = 'This browser-safe module'
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    }
  },
}
