// One cold Lighthouse run, as a patient's first visit: a new Chromium with a new, empty profile
// (chrome-launcher makes a fresh user-data-dir per launch), Lighthouse's default mobile settings
// and simulated throttling, then the browser is closed.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** Without the background-networking flags Chromium floods this closed network with refused connections. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export async function coldLighthouseRun(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id) => lhr.audits[id]?.numericValue ?? null
    const requests = lhr.audits['network-requests']?.details?.items ?? []
    const scripts = requests.filter((request) => request.resourceType === 'Script')
    return {
      ...Object.fromEntries(CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null])),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndexMs: audit('speed-index'),
      jsKb: scripts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024,
      requests: requests.length,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      // What the browser logged as an error (a failed request, an exception): why best practices < 1.
      consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) =>
        `${item.sourceLocation?.url ?? item.source}: ${item.description}`.slice(0, 300),
      ),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    }
  } finally {
    await chrome.kill()
  }
}
