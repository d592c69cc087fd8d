// @ts-check
// deploy/nginx.conf's site, on loopback: the same `location` blocks (cache key, honouring the app's
// Cache-Control, stale-on-error, preview bypass), read from that file so the two cannot drift,
// inside a server on a local port with temp paths, no TLS and no root. Used by `npm run bench`
// and `npm run cluster`.
import { chmodSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const deployConfig = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx.conf')

/**
 * The text of every `location … { … }` block in the server block for the www host alone (not the
 * port-80 redirect, which names the staff host too).
 * @param {string} config
 */
export function siteLocations(config) {
  const server = config.search(/server_name www\.[^\s;]+;/)
  if (server === -1) throw new Error('deploy/nginx.conf: no server block for the www host')
  const blocks = []
  let at = server
  let depth = 1
  // Walk the server block, collecting its location blocks, until the server's own closing brace.
  while (at < config.length && depth > 0) {
    const start = config.indexOf('location ', at)
    const close = config.indexOf('}', at)
    if (start === -1 || close < start) {
      depth -= 1
      at = close + 1
      continue
    }
    let inner = 0
    let end = config.indexOf('{', start)
    for (; end < config.length; end++) {
      if (config[end] === '{') inner += 1
      else if (config[end] === '}' && --inner === 0) break
    }
    blocks.push(config.slice(start, end + 1))
    at = end + 1
  }
  if (blocks.length === 0) throw new Error('deploy/nginx.conf: the www server has no location blocks')
  return blocks
}

/**
 * An nginx.conf for `nginx -c <file> -p <tempDir>`: deploy/nginx.conf's site locations proxying
 * to `upstreams`, listening on 127.0.0.1:`port`.
 * @param {{ port: number, upstreams: string[], tempDir: string, extraLocations?: string }} options
 */
export function loopbackNginxConfig({ port, upstreams, tempDir, extraLocations = '' }) {
  // nginx workers drop root: give them folders they can write (cache and proxy buffers).
  chmodSync(tempDir, 0o755)
  const cacheDir = path.join(tempDir, 'nginx-cache')
  for (const dir of [cacheDir, ...['body', 'proxy', 'fcgi', 'uwsgi', 'scgi'].map((d) => path.join(tempDir, d))]) {
    mkdirSync(dir, { recursive: true })
    chmodSync(dir, 0o777)
  }
  const servers = upstreams.map((upstream) => `server ${upstream} max_fails=2 fail_timeout=10s;`).join(' ')
  return `worker_processes 1;
daemon off;
pid ${tempDir}/nginx.pid;
error_log ${tempDir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${tempDir}/body; proxy_temp_path ${tempDir}/proxy; fastcgi_temp_path ${tempDir}/fcgi;
  uwsgi_temp_path ${tempDir}/uwsgi; scgi_temp_path ${tempDir}/scgi;
  sendfile on;
  keepalive_timeout 65;
  server_tokens off;
  proxy_cache_path ${cacheDir} levels=1:2 keys_zone=clinic:10m max_size=100m inactive=1d use_temp_path=off;
  upstream clinic_app { ${servers} keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    ${extraLocations}
    ${siteLocations(readFileSync(deployConfig, 'utf8')).join('\n    ')}
  }
}
`
}
