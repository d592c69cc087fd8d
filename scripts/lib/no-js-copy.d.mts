import type { Server } from 'node:http'

export function stripScripts(html: string): string
export function startNoJsCopyServer(
  origin: string,
  pagePaths: readonly string[],
): Promise<{ url: string; server: Server }>
