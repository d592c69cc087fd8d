// The project's import graph as the lint rules see it: which module a specifier names and
// which modules a file loads at run time. Type-only imports are left out (the compiler erases
// them, so they never reach a bundle); so is everything behind a 'use server' file, which a
// client bundle replaces with references to Server Actions.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs']

function isFile(file) {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** The file a specifier names, or null for a package (or a path that does not exist). */
export function resolveImport(specifier, importer, root) {
  let base
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2))
  else if (specifier.startsWith('./') || specifier.startsWith('../'))
    base = path.resolve(path.dirname(importer), specifier)
  else return null
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ]
  return candidates.find(isFile) ?? null
}

function isTypeOnlyImport(node) {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

function directives(sourceFile) {
  const found = []
  for (const statement of sourceFile.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break
    found.push(statement.expression.text)
  }
  return found
}

const parsed = new Map()

/**
 * What one file loads at run time: its specifiers, whether it has `import 'server-only'`, and
 * whether it is a 'use server' module. Cached by modification time for one lint run.
 */
export function moduleFacts(file) {
  const mtime = statSync(file).mtimeMs
  const hit = parsed.get(file)
  if (hit && hit.mtime === mtime) return hit.facts
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const specifiers = []
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node)) specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  const facts = {
    specifiers,
    serverOnly: specifiers.includes('server-only'),
    useServer: directives(sourceFile).includes('use server'),
  }
  parsed.set(file, { mtime, facts })
  return facts
}

/**
 * The first module reachable from `start` (itself included) that is server-only, with the
 * chain of files that leads there, or null. `isServerPackage` names packages that count as
 * server-only themselves (database drivers, node: built-ins).
 */
export function findServerOnly(start, root, isServerPackage) {
  const seen = new Set()
  const queue = [{ file: start, chain: [start] }]
  while (queue.length > 0) {
    const { file, chain } = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const facts = moduleFacts(file)
    if (facts.useServer) continue
    if (facts.serverOnly) return { chain, reason: "import 'server-only'" }
    for (const specifier of facts.specifiers) {
      if (isServerPackage(specifier)) return { chain, reason: `the server package '${specifier}'` }
      const next = resolveImport(specifier, file, root)
      if (next) queue.push({ file: next, chain: [...chain, next] })
    }
  }
  return null
}
