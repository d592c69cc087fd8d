/**
 * Staff password hashing with node:crypto scrypt (memory-hard, no native addon). Only the
 * hash lives in the environment; the password itself is never stored or logged.
 */
import 'server-only'
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { parsePasswordHash } from './password-format'

// 2^15 x 8 x 128 bytes = 32 MiB per hash and ~100 ms on a small server: slow for guessing,
// fine for a handful of sign-ins a day.
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(
  password: string,
  salt: Buffer,
  options: { N: number; r: number; p: number },
  length: number,
): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r + 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, scryptOptions, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16)
  const hash = await derive(password, salt, cost, KEY_LENGTH)
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`
}

/** Constant-time comparison; false for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored)
  if (!parsed) return false
  const candidate = await derive(password, parsed.salt, parsed, parsed.hash.length)
  return candidate.length === parsed.hash.length && timingSafeEqual(candidate, parsed.hash)
}
