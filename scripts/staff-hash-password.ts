/**
 * `npm run staff:hash-password`: reads the staff password from stdin (never argv, which other
 * users and shell history can see) and prints the STAFF_PASSWORD_HASH value.
 *   npm run --silent staff:hash-password            (type it, then Enter)
 *   printf %s "$PASSWORD" | npm run --silent staff:hash-password
 */
import { createInterface } from 'node:readline'
import { hashPassword } from '@/lib/staff/password'

const MIN_LENGTH = 12

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Staff password (not shown): ')
  // On a terminal readline switches it to raw mode and, given no output stream, echoes nothing.
  const lines = createInterface({ input: process.stdin, terminal: Boolean(process.stdin.isTTY) })
  lines.on('SIGINT', () => process.exit(130))
  for await (const line of lines) {
    lines.close()
    return line
  }
  return ''
}

async function main(): Promise<number> {
  const password = await readPassword()
  if (process.stdin.isTTY) process.stderr.write('\n')
  if (password.length < MIN_LENGTH) {
    console.error(`Use at least ${MIN_LENGTH} characters (a few random words work well).`)
    return 1
  }
  console.log(await hashPassword(password))
  return 0
}

main().then((code) => process.exit(code))
