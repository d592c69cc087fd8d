/**
 * Runs once when the server starts: a bad environment fails here with every bad key listed,
 * and booking migrations run before the first patient submits the form.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('@/lib/env')
  const { startBookings } = await import('@/lib/consultations/instance')
  await startBookings()
}
