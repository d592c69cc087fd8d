import { forgetProcessSingleton, processSingleton } from '@/lib/process-singleton'

describe('processSingleton', () => {
  afterEach(() => {
    forgetProcessSingleton('test:a')
    forgetProcessSingleton('test:b')
  })

  it('creates a value once per name and hands the same one back', () => {
    const create = jest.fn(() => ({ opened: true }))
    const first = processSingleton('test:a', create)
    expect(processSingleton('test:a', create)).toBe(first)
    expect(processSingleton('test:b', () => ({ opened: false }))).not.toBe(first)
    expect(create).toHaveBeenCalledTimes(1)
  })

  it('is shared by separately loaded copies of the module (Next bundles, dev reloads)', () => {
    const value = processSingleton('test:a', () => 'from the first copy')
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const copy = require('@/lib/process-singleton') as typeof import('@/lib/process-singleton')
      expect(copy.processSingleton('test:a', () => 'from the second copy')).toBe(value)
    })
  })

  it('stores nothing when create throws, so the next call tries again', () => {
    expect(() =>
      processSingleton('test:a', () => {
        throw new Error('SMTP_URL is not a URL')
      }),
    ).toThrow('SMTP_URL')
    expect(processSingleton('test:a', () => 'fixed')).toBe('fixed')
  })

  it('creates the value again after forget', () => {
    processSingleton('test:a', () => 1)
    forgetProcessSingleton('test:a')
    expect(processSingleton('test:a', () => 2)).toBe(2)
  })
})
