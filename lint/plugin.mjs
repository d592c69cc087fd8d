// The project's own lint rules (module boundaries); configured in lint/boundaries.mjs.
import { browserSafeImports } from './rules/browser-safe-imports.mjs'
import { requireServerOnly } from './rules/require-server-only.mjs'

export const clinicPlugin = {
  meta: { name: 'clinic' },
  rules: { 'browser-safe-imports': browserSafeImports, 'require-server-only': requireServerOnly },
}
