import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loopbackNginxConfig, siteLocations } from '../../scripts/lib/nginx-config.mjs'

const deployConfig = readFileSync(path.join(__dirname, '../../deploy/nginx.conf'), 'utf8')

describe("the loopback nginx config (bench, cluster) is deploy/nginx.conf's site", () => {
  it("takes the www server's location blocks whole, and none of the staff host's", () => {
    const blocks = siteLocations(deployConfig)
    expect(blocks.map((block) => block.split('{')[0]?.trim())).toEqual(['location /', 'location /_next/static/'])
    expect(blocks[0]).toContain(
      'proxy_cache_key "$scheme$host$request_uri|rsc=$http_rsc|prefetch=$http_next_router_prefetch";',
    )
    expect(blocks[0]?.trim().endsWith('}')).toBe(true)
    expect(blocks.join('\n')).not.toContain('allow 203.0.113.0/24')
  })

  it('fails clearly when the file has no www server', () => {
    expect(() => siteLocations('http { server { server_name staff.example.com; } }')).toThrow(/www host/)
  })

  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0)
  const withNginx = nginx ? it : it.skip
  withNginx('is a config nginx accepts, with an upstream of every instance', () => {
    const tempDir = mkdtempSync(path.join(tmpdir(), 'nginx-config-'))
    try {
      const config = loopbackNginxConfig({ port: 18090, upstreams: ['127.0.0.1:3000', '127.0.0.1:3001'], tempDir })
      expect(config).toContain('server 127.0.0.1:3000 max_fails=2 fail_timeout=10s; server 127.0.0.1:3001')
      writeFileSync(path.join(tempDir, 'nginx.conf'), config)
      const check = spawnSync(nginx ?? 'nginx', ['-t', '-c', path.join(tempDir, 'nginx.conf'), '-p', tempDir], {
        encoding: 'utf8',
      })
      expect(check.stderr).toContain('syntax is ok')
    } finally {
      rmSync(tempDir, { recursive: true, force: true })
    }
  })
})
