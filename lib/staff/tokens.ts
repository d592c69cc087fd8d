/**
 * Random tokens for enrolment links, session cookies and recovery codes. The database keeps only
 * their SHA-256: a copy of the database signs nobody in. (A fast hash is right here: the tokens
 * are random, 128 bits and more, so there is nothing to guess.)
 */
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes, base64url: 43 characters. */
export const newToken = (): string => randomBytes(32).toString('base64url')

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url')
