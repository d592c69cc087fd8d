/**
 * The one logger. Messages carry document ids and file positions, never patient data:
 * callers pass only what is safe to keep in log storage.
 */
type Level = 'info' | 'warn' | 'error'

function write(level: Level, message: string, detail?: Record<string, string | number | boolean>): void {
  const line = detail ? `${message} ${JSON.stringify(detail)}` : message
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.info(line)
}

export const log = {
  info: (message: string, detail?: Record<string, string | number | boolean>) => write('info', message, detail),
  warn: (message: string, detail?: Record<string, string | number | boolean>) => write('warn', message, detail),
  error: (message: string, detail?: Record<string, string | number | boolean>) => write('error', message, detail),
}

/** An error's class and code (ECONNREFUSED, ...) for a log line, never its message: messages can quote data. */
export function errorSummary(error: unknown): Record<string, string> {
  const kind = error instanceof Error ? error.name : typeof error
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' ? { kind, code } : { kind }
}
