/**
 * Who a rate limit counts as one client: the address TRUSTED_PROXY_HOPS from the right of
 * X-Forwarded-For (a client can write anything left of that), and an IPv6 client by its /64.
 */
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { clientAddress, clientKey } from '@/lib/rate-limit/client-key'
import { parseRateLimitConfig } from '@/lib/rate-limit/config'
import { ipv6Groups, rateLimitSubject } from '@/lib/rate-limit/ip-address'

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientAddress', () => {
  const chain = forwarded('6.6.6.6, 203.0.113.7, 10.0.0.2')

  it('takes the entry as many hops from the right as there are trusted proxies', () => {
    expect(clientAddress(chain, 1)).toBe('10.0.0.2')
    expect(clientAddress(chain, 2)).toBe('203.0.113.7')
    expect(clientAddress(chain, 3)).toBe('6.6.6.6')
  })

  it('ignores the header with no trusted proxy, and when it has fewer entries than proxies', () => {
    expect(clientAddress(chain, 0)).toBe('unknown')
    expect(clientAddress(chain, 4)).toBe('unknown')
    expect(clientAddress(forwarded(''), 1)).toBe('unknown')
  })

  it('cannot be steered by a forged entry: what the client prepends changes nothing', () => {
    const honest = clientKey(forwarded('203.0.113.7'))
    for (const forged of ['198.51.100.1, 203.0.113.7', '1.1.1.1, 2.2.2.2, 203.0.113.7', 'junk, 203.0.113.7']) {
      expect(clientKey(forwarded(forged))).toBe(honest)
    }
  })

  it('reads TRUSTED_PROXY_HOPS: 1 by default (deploy/nginx.conf), 0 to 10', () => {
    expect(parseRateLimitConfig({}).TRUSTED_PROXY_HOPS).toBe(1)
    expect(parseRateLimitConfig({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2)
    expect(parseRateLimitConfig({ TRUSTED_PROXY_HOPS: '0' }).TRUSTED_PROXY_HOPS).toBe(0)
    expect(() => parseRateLimitConfig({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => parseRateLimitConfig({ TRUSTED_PROXY_HOPS: 'one' })).toThrow(/TRUSTED_PROXY_HOPS/)
  })

  it('follows TRUSTED_PROXY_HOPS from the environment', () => {
    const saved = process.env.TRUSTED_PROXY_HOPS
    try {
      process.env.TRUSTED_PROXY_HOPS = '2'
      forgetProcessSingleton('rate-limit:config')
      expect(clientAddress(chain)).toBe('203.0.113.7')
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXY_HOPS
      else process.env.TRUSTED_PROXY_HOPS = saved
      forgetProcessSingleton('rate-limit:config')
    }
  })
})

describe('rateLimitSubject', () => {
  it('keeps an IPv4 address, without a port', () => {
    expect(rateLimitSubject('203.0.113.7')).toBe('203.0.113.7')
    expect(rateLimitSubject(' 203.0.113.7:5678 ')).toBe('203.0.113.7')
  })

  it('counts an IPv6 client by its /64, however the address is written', () => {
    const subject = '2001:0db8:0000:0001::/64'
    for (const spelling of [
      '2001:db8:0:1::1',
      '2001:DB8:0:1:0:0:0:1',
      '2001:0db8:0000:0001:ffff:ffff:ffff:ffff',
      '2001:db8:0:1:abcd::42',
      '[2001:db8:0:1::1]:443',
      '2001:db8:0:1::1%eth0',
    ]) {
      expect(rateLimitSubject(spelling)).toBe(subject)
    }
    expect(rateLimitSubject('2001:db8:0:2::1')).toBe('2001:0db8:0000:0002::/64')
    expect(rateLimitSubject('::1')).toBe('0000:0000:0000:0000::/64')
  })

  it('reads an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(rateLimitSubject('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(rateLimitSubject('::FFFF:cb00:7107')).toBe('203.0.113.7')
    expect(rateLimitSubject('[::ffff:203.0.113.7]:8080')).toBe('203.0.113.7')
  })

  it('puts anything that is not an address in one shared bucket', () => {
    for (const junk of ['', 'unknown', 'not-an-ip', '999.1.1.1', '2001:db8::1::2', '203.0.113.7.5']) {
      expect(rateLimitSubject(junk)).toBe('unknown')
    }
  })

  it('expands IPv6 addresses into eight groups', () => {
    expect(ipv6Groups('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])
    expect(ipv6Groups('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(ipv6Groups('fe80::')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 0])
    expect(ipv6Groups('203.0.113.7')).toBeNull()
  })
})

describe('clientKey', () => {
  it('gives every address of one IPv6 /64 the same key, and another /64 another', () => {
    const key = clientKey(forwarded('2001:db8:0:1::1'))
    expect(clientKey(forwarded('2001:db8:0:1:dead:beef:0:7'))).toBe(key)
    expect(clientKey(forwarded('2001:db8:0:2::1'))).not.toBe(key)
    expect(clientKey(forwarded('::ffff:203.0.113.7'))).toBe(clientKey(forwarded('203.0.113.7')))
  })
})
