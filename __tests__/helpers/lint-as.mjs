// Lints source text as if it lived at another path of this project, with the project's own
// eslint.config.mjs: reads [{ filePath, code }] as JSON on stdin, prints one result per input,
// [{ filePath, ruleIds, messages }]. Run as a separate process because ESLint loads its config
// with dynamic import, which jest's module system does not provide.
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const inputs = JSON.parse(Buffer.concat(chunks).toString('utf8'))

// import/no-cycle builds its graph from files on disk and crashes on a path that does not exist.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } })
const results = []
for (const { filePath, code } of inputs) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) })
  const messages = result?.messages ?? []
  results.push({
    filePath,
    ruleIds: messages.map((message) => message.ruleId ?? 'parse-error'),
    messages: messages.map((message) => message.message),
  })
}
process.stdout.write(JSON.stringify(results))
