/**
 * What a rate limit counts as one client. An IPv4 address is one subscriber; an IPv6 subscriber
 * is normally given a whole /64 (2^64 addresses to rotate through), so IPv6 clients are counted
 * by their /64. Every spelling of an address gives the same subject: compressed or expanded,
 * upper or lower case, with a port or a zone, and an IPv4-mapped IPv6 address is its IPv4 address.
 */
import 'server-only'
import { isIP } from 'node:net'

/** Anything that is not an address: one shared subject, so junk cannot buy a fresh limit per value. */
export const UNKNOWN_SUBJECT = 'unknown'

/** `[2001:db8::1]:443` -> `2001:db8::1`, `203.0.113.7:5678` -> `203.0.113.7`, `fe80::1%eth0` -> `fe80::1`. */
function withoutPortOrZone(value: string): string {
  const trimmed = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed)
  const address = bracketed?.[1] ?? trimmed
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)
  return (ipv4WithPort?.[1] ?? address).split('%')[0] ?? ''
}

/**
 * The eight 16-bit groups of an IPv6 address. The WHATWG URL parser writes every valid IPv6
 * address in one canonical form (lower case, compressed, an embedded IPv4 part as hex); only
 * the "::" needs filling in.
 */
export function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null
  let canonical: string
  try {
    canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  } catch {
    return null
  }
  const [head = '', tail] = canonical.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const filler = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  const groups = [...left, ...filler, ...right].map((group) => Number.parseInt(group, 16))
  return groups.length === 8 && groups.every((group) => group >= 0 && group <= 0xffff) ? groups : null
}

const hex = (group: number) => group.toString(16).padStart(4, '0')

/** The subject a rate limit keys on for an address (as a proxy wrote it in X-Forwarded-For). */
export function rateLimitSubject(value: string): string {
  const address = withoutPortOrZone(value)
  if (isIP(address) === 4) return address
  const groups = ipv6Groups(address)
  if (!groups) return UNKNOWN_SUBJECT
  // ::ffff:a.b.c.d is an IPv4 client reaching a dual-stack socket: the same client as a.b.c.d.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6)
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
  }
  return `${groups.slice(0, 4).map(hex).join(':')}::/64`
}
