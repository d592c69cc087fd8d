/** A comparison table shaped like COMPARISON in lib/content/queries.ts, for component tests. */
import type { ComparisonTable } from '@/lib/content/schemas'

export const comparisonTableFixture: ComparisonTable = {
  _id: 'comparisonTable.iv-vs-kap',
  _updatedAt: '2025-01-01T00:00:00Z',
  title: 'Ketamine IV therapy vs KAP',
  slug: 'ketamine-iv-vs-kap',
  intro: 'How the two treatments differ.',
  caption: 'Ketamine IV therapy and KAP compared',
  footnote: 'Individual plans vary.',
  columns: [
    { _key: 'c1', name: 'Ketamine IV therapy', slug: 'ketamine-iv-therapy' },
    { _key: 'c2', name: 'Ketamine-assisted psychotherapy', slug: 'ketamine-assisted-psychotherapy' },
  ],
  rows: [
    { _key: 'r1', criterion: 'Administration', cells: ['Intravenous infusion', 'Lozenge or injection'] },
    { _key: 'r2', criterion: 'Session length', cells: ['About 40 minutes', '2 to 3 hours'] },
  ],
}
