/** @jest-environment jsdom */
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { useSlots } from '@/components/consultation/use-slots'
import { groupSlotsByDay } from '@/lib/consultations/shared/format'

const NEW_YORK = 'America/New_York'
const LONDON = 'Europe/London'
const slots = [
  { start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T13:15:00.000Z' },
  { start: '2026-06-11T14:00:00.000Z', end: '2026-06-11T14:15:00.000Z' },
]
const serverDays = groupSlotsByDay(slots, NEW_YORK)

// jsdom has no fetch or Response: the hook reads only these fields of the answer.
type SlotsReply = Pick<Response, 'ok' | 'status' | 'json'>
const reply = (status: number, body: unknown): SlotsReply => ({ ok: status < 300, status, json: async () => body })
const ok = (zone: string) => reply(200, { timeZone: zone, slots })

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

const fetchSpy = jest.fn<Promise<SlotsReply>, Parameters<typeof fetch>>()
const requested = (call: number) => new URL(String(fetchSpy.mock.calls[call]?.[0]), 'http://localhost').searchParams
const signalOf = (call: number) => fetchSpy.mock.calls[call]?.[1]?.signal

beforeEach(() => {
  fetchSpy.mockReset()
  Object.defineProperty(window, 'fetch', { value: fetchSpy, configurable: true, writable: true })
  window.history.replaceState(null, '', `/consultation?tz=${NEW_YORK}`)
})

const options = {
  initialDays: null,
  initialZone: 'America/Los_Angeles',
  horizonDays: 22,
  reloadKey: 0,
}

describe('useSlots', () => {
  it('uses the times the server rendered when they are in the wanted zone: no request', () => {
    const { result } = renderHook(() => useSlots({ ...options, initialDays: serverDays, initialZone: NEW_YORK }))
    expect(result.current).toMatchObject({ zone: NEW_YORK, days: serverDays, loading: false, loadFailed: false })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('without server times, loads them for ?tz= over the booking horizon, without announcing it', async () => {
    fetchSpy.mockResolvedValue(ok(NEW_YORK))
    const onShown = jest.fn()
    const { result } = renderHook(() => useSlots({ ...options, onShown }))
    expect(result.current).toMatchObject({ zone: NEW_YORK, days: null, loading: true, loadFailed: false })
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current.days).toEqual(serverDays)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(requested(0).get('tz')).toBe(NEW_YORK)
    expect(requested(0).get('days')).toBe('22')
    expect(requested(0).get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(onShown).not.toHaveBeenCalled()
  })

  it('uses the browser’s own zone when ?tz= names none', async () => {
    window.history.replaceState(null, '', '/consultation?tz=Not/A_Zone')
    fetchSpy.mockResolvedValue(ok('UTC'))
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const { result } = renderHook(() => useSlots(options))
    expect(result.current.zone).toBe(browserZone)
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(requested(0).get('tz')).toBe(browserZone)
  })

  it('reports a failed load, and a retry loads again and is announced', async () => {
    fetchSpy.mockResolvedValueOnce(reply(503, {}))
    fetchSpy.mockResolvedValueOnce(ok(NEW_YORK))
    const onShown = jest.fn()
    const { result } = renderHook(() => useSlots({ ...options, onShown }))
    await waitFor(() => expect(result.current.loadFailed).toBe(true))
    expect(result.current).toMatchObject({ days: null, loading: false })

    act(() => result.current.retry())
    expect(result.current).toMatchObject({ loading: true, loadFailed: false })
    await waitFor(() => expect(result.current.days).toEqual(serverDays))
    expect(result.current.loading).toBe(false)
    expect(fetchSpy).toHaveBeenCalledTimes(2)
    expect(onShown).toHaveBeenCalledWith(NEW_YORK)
  })

  it('changes zone at once, keeps the old times shown while the new ones load, and a late answer never wins', async () => {
    const first = deferred<SlotsReply>()
    const second = deferred<SlotsReply>()
    fetchSpy.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const onShown = jest.fn()
    const { result } = renderHook(() => useSlots({ ...options, initialDays: serverDays, initialZone: 'UTC', onShown }))
    expect(requested(0).get('tz')).toBe(NEW_YORK)

    act(() => result.current.changeZone(LONDON))
    expect(result.current).toMatchObject({ zone: LONDON, days: serverDays, loading: true })
    expect(requested(1).get('tz')).toBe(LONDON)
    expect(signalOf(0)?.aborted).toBe(true)

    await act(async () => second.resolve(ok(LONDON)))
    await waitFor(() => expect(result.current.loading).toBe(false))
    const london = groupSlotsByDay(slots, LONDON)
    expect(result.current.days).toEqual(london)
    await act(async () => first.resolve(ok(NEW_YORK)))
    expect(result.current.days).toEqual(london)
    expect(onShown).toHaveBeenCalledTimes(1)
    expect(onShown).toHaveBeenCalledWith(LONDON)
  })

  it('ignores a zone that is not one', () => {
    const { result } = renderHook(() => useSlots({ ...options, initialDays: serverDays, initialZone: NEW_YORK }))
    act(() => result.current.changeZone('Mars/Olympus_Mons'))
    expect(result.current.zone).toBe(NEW_YORK)
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('loads again, without announcing, when reloadKey changes (a time was just taken)', async () => {
    fetchSpy.mockResolvedValue(ok(NEW_YORK))
    const onShown = jest.fn()
    const { result, rerender } = renderHook(
      ({ reloadKey }) => useSlots({ ...options, initialDays: serverDays, initialZone: NEW_YORK, reloadKey, onShown }),
      { initialProps: { reloadKey: 0 } },
    )
    expect(fetchSpy).not.toHaveBeenCalled()
    rerender({ reloadKey: 3 })
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(onShown).not.toHaveBeenCalled()

    // After the patient picked a zone, a reload is still not theirs to hear about.
    act(() => result.current.changeZone(LONDON))
    await waitFor(() => expect(onShown).toHaveBeenCalledTimes(1))
    rerender({ reloadKey: 4 })
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(fetchSpy).toHaveBeenCalledTimes(3)
    expect(requested(2).get('tz')).toBe(LONDON)
    expect(onShown).toHaveBeenCalledTimes(1)
  })
})

describe('useSlots across hydration', () => {
  function Times() {
    const { zone, loading } = useSlots(options)
    return <p data-testid="times">{`${zone} ${loading ? 'loading' : 'idle'}`}</p>
  }

  it('renders the server’s zone (busy, nothing fetched) on the server, then switches to ?tz= once hydrated', async () => {
    const html = renderToString(<Times />)
    expect(html).toContain('America/Los_Angeles loading')
    expect(fetchSpy).not.toHaveBeenCalled()

    fetchSpy.mockResolvedValue(ok(NEW_YORK))
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    render(<Times />, { container, hydrate: true })
    await waitFor(() => expect(screen.getByTestId('times')).toHaveTextContent(`${NEW_YORK} idle`))
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(requested(0).get('tz')).toBe(NEW_YORK)
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
