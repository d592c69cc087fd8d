// Modules that hold secrets, database access or patient data start with `import 'server-only'`,
// so a bundler refuses to put them into browser code. Required for every file in a server
// folder (`always: true`), and anywhere else for a module that reads a non-public environment
// variable (or the whole environment) or loads a server package (a database or mail driver,
// a node: built-in).
import { boundaryRuleOptions, boundaryRuleSchema } from './options.mjs'

const PUBLIC_ENV = /^(NEXT_PUBLIC_|NODE_ENV$|NEXT_RUNTIME$|NEXT_PHASE$)/

function isServerOnlyImport(statement) {
  return (
    statement.type === 'ImportDeclaration' &&
    statement.source.value === 'server-only' &&
    statement.specifiers.length === 0
  )
}

function isProcessEnv(node) {
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.object.type === 'Identifier' &&
    node.object.name === 'process' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'env'
  )
}

export const requireServerOnly = {
  meta: {
    type: 'problem',
    docs: { description: "Server modules (secrets, database, patient data) start with import 'server-only'" },
    schema: boundaryRuleSchema,
    messages: {
      missing: "This module {{reason}}: start it with import 'server-only'.",
      notFirst: "import 'server-only' must be the module's first import, before anything it guards.",
    },
  },
  create(context) {
    const { always, isServerPackage } = boundaryRuleOptions(context)
    let reason = always ? 'is in a server folder' : null
    let firstNode = null

    return {
      ImportDeclaration(node) {
        if (node.importKind === 'type') return
        if (!reason && isServerPackage(node.source.value)) reason = `loads the server package '${node.source.value}'`
      },
      MemberExpression(node) {
        if (reason || !isProcessEnv(node)) return
        const parent = node.parent
        if (parent.type === 'MemberExpression' && parent.object === node) {
          const name = parent.computed ? null : parent.property.name
          if (name && PUBLIC_ENV.test(name)) return
          reason = `reads process.env.${name ?? '[...]'}`
        } else {
          reason = 'reads the whole environment (process.env)'
        }
      },
      Program(program) {
        firstNode =
          program.body.find((statement) => statement.type === 'ImportDeclaration') ?? program.body[0] ?? program
      },
      'Program:exit'(program) {
        if (!reason) return
        const guard = program.body.find(isServerOnlyImport)
        if (!guard) context.report({ node: firstNode, messageId: 'missing', data: { reason } })
        else if (guard !== firstNode) context.report({ node: guard, messageId: 'notFirst' })
      },
    }
  },
}
