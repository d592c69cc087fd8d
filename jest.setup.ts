import '@testing-library/jest-dom'

/**
 * Components render outside Next's app router in these tests, where useRouter() throws. The site's
 * Link asks the router to prefetch on intent, so tests get a router whose prefetch they can watch;
 * everything else in next/navigation (redirect, notFound) stays real.
 */
jest.mock('next/navigation', () => {
  const router = {
    prefetch: jest.fn(),
    push: jest.fn(),
    replace: jest.fn(),
    refresh: jest.fn(),
    back: jest.fn(),
    forward: jest.fn(),
  }
  return {
    ...jest.requireActual<object>('next/navigation'),
    useRouter: () => router,
    usePathname: () => '/',
  }
})
