/** The stored form of the staff password: scrypt$N$r$p$<salt base64url>$<hash base64url>. */
import 'server-only'
export const PASSWORD_HASH_PATTERN =
  /^scrypt\$(\d{4,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{43,})$/

export interface ParsedPasswordHash {
  N: number
  r: number
  p: number
  salt: Buffer
  hash: Buffer
}

export function parsePasswordHash(value: string): ParsedPasswordHash | null {
  const match = PASSWORD_HASH_PATTERN.exec(value)
  if (!match) return null
  const [, n, r, p, salt, hash] = match
  const N = Number(n)
  // scrypt's cost must be a power of two; the rest are small positive numbers.
  if (!Number.isInteger(Math.log2(N)) || N < 1024 || Number(r) < 1 || Number(p) < 1) return null
  return {
    N,
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? '', 'base64url'),
    hash: Buffer.from(hash ?? '', 'base64url'),
  }
}

export const isPasswordHash = (value: string) => parsePasswordHash(value) !== null
