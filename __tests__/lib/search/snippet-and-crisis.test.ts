import { BUILT_IN_CRISIS_PHRASES, signalsCrisis } from '@/lib/search/crisis'
import { normalizedQuery, readSearchInput } from '@/lib/search/query-text'
import { buildSnippet } from '@/lib/search/snippet'
import { searchTerms } from '@/lib/search/synonyms'

describe('buildSnippet', () => {
  const text = `${'Calm words before. '.repeat(10)}Ketamine therapy can help some people; therapists monitor you. ${'More after. '.repeat(30)}`

  it('starts near the first match, marks every matched word, and shows where it was cut', () => {
    const segments = buildSnippet(text, [{ words: ['therap'], prefix: true }])
    expect(segments[0]?.text).toMatch(/^… \S/)
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['therapy', 'therapists'])
    expect(segments.at(-1)?.text).toMatch(/\S …$/)
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(240)
  })

  it('keeps markup as text (the page renders segments as text and <mark>)', () => {
    const segments = buildSnippet('<script>alert(1)</script> ketamine', [{ words: ['ketamine'], prefix: false }])
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: 'ketamine', marked: true },
    ])
  })

  it('a whole-word term does not mark longer words', () => {
    const segments = buildSnippet('IV and ivy', [{ words: ['iv'], prefix: false }])
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['IV'])
  })
})

describe('signalsCrisis', () => {
  it('matches phrases on word boundaries, whatever the case and punctuation', () => {
    expect(signalsCrisis(normalizedQuery('Thinking about SUICIDE...'), [])).toBe(true)
    expect(signalsCrisis(normalizedQuery('self-harm'), [])).toBe(true)
    expect(signalsCrisis(normalizedQuery('cuttings for the garden'), ['cutting'])).toBe(false)
    expect(signalsCrisis(normalizedQuery('I keep cutting'), ['cutting'])).toBe(true)
  })

  it('always checks the built-in phrases, and adds the editors’ ones', () => {
    expect(BUILT_IN_CRISIS_PHRASES).toEqual(
      expect.arrayContaining(['suicide', 'kill myself', 'overdose', 'want to die']),
    )
    expect(signalsCrisis('no reason to live', [])).toBe(false)
    expect(signalsCrisis('no reason to live', ['No reason to live'])).toBe(true)
  })
})

describe('readSearchInput and searchTerms', () => {
  it('drops common words and lone letters, keeps the order typed, prefix-matches longer words', () => {
    const input = readSearchInput("What's the cost of IV ketamine?")
    expect(input).toMatchObject({ kind: 'words', words: ['cost', 'iv', 'ketamine'] })
    if (input.kind !== 'words') return
    expect(searchTerms(input.words, normalizedQuery("What's the cost of IV ketamine?"), [])).toEqual([
      { words: ['cost'], prefix: true },
      { words: ['iv'], prefix: false },
      { words: ['ketamine'], prefix: true },
    ])
  })

  it('a phrase of the query calls up its synonym group, each term once', () => {
    const groups = [['KAP', 'ketamine-assisted psychotherapy']]
    const query = normalizedQuery('Ketamine-assisted psychotherapy')
    expect(searchTerms(['ketamine', 'assisted', 'psychotherapy'], query, groups)).toEqual([
      { words: ['ketamine'], prefix: true },
      { words: ['assisted'], prefix: true },
      { words: ['psychotherapy'], prefix: true },
      { words: ['kap'], prefix: false },
      { words: ['ketamine', 'assisted', 'psychotherapy'], prefix: false },
    ])
  })
})
