'use client'

import { startTransition, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react'
import { groupSlotsByDay, type DayView } from '@/lib/consultations/shared/format'
import { dateIn, formatIsoDate, isValidTimeZone } from '@/lib/consultations/shared/time-zone'
import { apiPaths, type Locale } from '@/lib/routes'

type SlotsOptions = {
  /** Rendered by the server for `initialZone`, or null: the browser loads them. */
  initialDays: DayView[] | null
  /** The zone of the server's HTML (the clinic's on the prerendered page). */
  initialZone: string
  horizonDays: number
  /** The page's language, for the day and time labels. */
  locale?: Locale
  /** A new value loads the times again (the form changes it when the server says a time was just taken). */
  reloadKey: number
  /** The times the patient asked for (another zone, or a retry) have arrived. */
  onShown?: (zone: string) => void
}

export type Slots = {
  zone: string
  /** The last times that arrived (they stay shown while newer ones load), or null before any. */
  days: DayView[] | null
  loading: boolean
  loadFailed: boolean
  changeZone: (zone: string) => void
  retry: () => void
}

const subscribeNothing = () => () => undefined
const noZoneOnServer = () => null

/** The zone named by ?tz=, else the browser's own; null if neither is a zone. */
function preferredZone(): string | null {
  const candidates = [
    new URLSearchParams(window.location.search).get('tz'),
    Intl.DateTimeFormat().resolvedOptions().timeZone,
  ]
  return candidates.find((zone): zone is string => typeof zone === 'string' && isValidTimeZone(zone)) ?? null
}

/** The free times from today (in `zone`) for `horizonDays` days, grouped by day in that zone. */
export async function fetchFreeDays(
  zone: string,
  horizonDays: number,
  signal?: AbortSignal,
  locale: Locale = 'en',
): Promise<DayView[]> {
  const from = formatIsoDate(dateIn(new Date(), zone))
  const query = new URLSearchParams({ from, days: String(horizonDays), tz: zone })
  const response = await fetch(`${apiPaths.consultationSlots()}?${query.toString()}`, { cache: 'no-store', signal })
  if (!response.ok) throw new Error(`slots request failed: ${response.status}`)
  const body = (await response.json()) as { slots: { start: string; end: string }[] }
  return groupSlotsByDay(body.slots, zone, locale)
}

/** A patient's choice of zone, or a retry: each one is a request of its own, even for the same zone. */
type Asked = { zone: string; count: number; reloadKey: number }

function requestKey(asked: Asked | null, zone: string, reloadKey: number): string {
  return `${asked ? `asked ${asked.count}` : `zone ${zone}`} reload ${reloadKey}`
}

/**
 * The free times shown by the booking form. State says which times are wanted (zone, retries,
 * reloads); one effect fetches them and settles the answer, so loading and failure are derived
 * rather than set. A newer request cancels the one in flight. Until React has hydrated, the
 * zone is the server's, so the HTML matches; then it is ?tz= or the browser's own zone.
 */
export function useSlots({
  initialDays,
  initialZone,
  horizonDays,
  locale = 'en',
  reloadKey,
  onShown,
}: SlotsOptions): Slots {
  const detectedZone = useSyncExternalStore(subscribeNothing, () => preferredZone() ?? initialZone, noZoneOnServer)
  const [asked, setAsked] = useState<Asked | null>(null)
  const zone = asked?.zone ?? detectedZone ?? initialZone
  const wanted = detectedZone === null ? null : requestKey(asked, zone, reloadKey)
  const [held, setHeld] = useState(() => ({
    key: initialDays ? requestKey(null, initialZone, reloadKey) : null,
    days: initialDays,
  }))
  const [failedKey, setFailedKey] = useState<string | null>(null)

  const needsLoad = wanted !== null && wanted !== held.key
  // Announced only when the patient's own request arrives, not when a reload follows it.
  const announce = asked !== null && asked.reloadKey === reloadKey
  const shown = useEffectEvent((shownZone: string) => onShown?.(shownZone))

  useEffect(() => {
    if (!needsLoad || wanted === null) return
    const controller = new AbortController()
    fetchFreeDays(zone, horizonDays, controller.signal, locale).then(
      (days) => {
        if (controller.signal.aborted) return
        // A transition lets React render the calendar in small slices, so a phone stays responsive.
        startTransition(() => setHeld({ key: wanted, days }))
        if (announce) shown(zone)
      },
      () => {
        // The picker shows the failure in an alert (read out), with a retry and the phone number.
        if (!controller.signal.aborted) setFailedKey(wanted)
      },
    )
    return () => controller.abort()
  }, [needsLoad, wanted, zone, horizonDays, locale, announce])

  const ask = (nextZone: string) =>
    setAsked((current) => ({ zone: nextZone, count: (current?.count ?? 0) + 1, reloadKey }))

  return {
    zone,
    days: held.days,
    loading: wanted === null ? initialDays === null : needsLoad && wanted !== failedKey,
    loadFailed: needsLoad && wanted === failedKey,
    changeZone: (nextZone) => {
      if (isValidTimeZone(nextZone)) ask(nextZone)
    },
    retry: () => ask(zone),
  }
}
