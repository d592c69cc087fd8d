/** Runs once when the server starts: a bad environment fails here, with every bad key listed. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('@/lib/env')
}
