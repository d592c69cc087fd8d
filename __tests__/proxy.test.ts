import { proxyMatcher } from '@/lib/routes'
import { config } from '@/proxy'

describe('proxy config', () => {
  // Next reads `config.matcher` from the source at build time, so proxy.ts spells it out.
  it('matches exactly the paths lib/routes.ts says the proxy runs for', () => {
    expect(config.matcher).toEqual([proxyMatcher()])
  })
})
