export function siteLocations(config: string): string[]
export function loopbackNginxConfig(options: {
  port: number
  upstreams: string[]
  tempDir: string
  extraLocations?: string
}): string
