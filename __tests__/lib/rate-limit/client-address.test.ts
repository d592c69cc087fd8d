/** Who a rate limit counts as one client: an IPv6 client by its /64. */
import { clientKey } from '@/lib/rate-limit/client-key'
import { ipv6Groups, rateLimitSubject } from '@/lib/rate-limit/ip-address'

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

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
