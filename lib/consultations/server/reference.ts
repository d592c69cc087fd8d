/**
 * Booking references: what the patient and the care team quote on the phone. Server-only because
 * it draws from node:crypto, and a reference is only ever made or checked next to the database.
 */
import 'server-only'
import { randomInt } from 'node:crypto'

// Crockford's base32: no I, L, O or U, so a reference read out over the phone is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A random 10-character booking reference (50 bits); it encodes nothing about the patient. */
export function newReference(): string {
  let reference = ''
  for (let i = 0; i < 10; i += 1) reference += ALPHABET[randomInt(ALPHABET.length)]
  return reference
}

export function isReference(value: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{10}$/.test(value)
}
