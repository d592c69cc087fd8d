/**
 * The passage shown under a result, with the searched words marked. Built here from plain text
 * (never HTML), as segments the page renders as text and <mark> elements.
 */
import { normalizeText } from './normalize'
import type { SearchTerm } from './synonyms'

export interface SnippetSegment {
  text: string
  marked: boolean
}

const SNIPPET_LENGTH = 220
const LEAD_IN = 60

interface WordSpan {
  start: number
  end: number
  normalized: string
}

function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    normalized: normalizeText(match[0]),
  }))
}

/** A word is marked when it is any word of a searched term (a prefix term's last word may continue). */
function matches(word: string, terms: readonly SearchTerm[]): boolean {
  return terms.some((term) =>
    term.words.some((target, index) =>
      term.prefix && index === term.words.length - 1 ? word.startsWith(target) : word === target,
    ),
  )
}

/** Segments of `text` around its first matched word (or its start), matched words marked. */
export function buildSnippet(text: string, terms: readonly SearchTerm[]): SnippetSegment[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '') return []
  const spans = wordSpans(clean)
  const first = spans.find((span) => matches(span.normalized, terms))
  let from = first ? Math.max(0, first.start - LEAD_IN) : 0
  // Start on a word boundary, not in the middle of one.
  if (from > 0) from = spans.find((span) => span.start >= from)?.start ?? from
  let to = Math.min(clean.length, from + SNIPPET_LENGTH)
  if (to < clean.length) to = [...spans].reverse().find((span) => span.end <= to)?.end ?? to
  const segments: SnippetSegment[] = []
  let at = from
  const push = (segment: SnippetSegment) => {
    const last = segments[segments.length - 1]
    if (last && last.marked === segment.marked) last.text += segment.text
    else segments.push(segment)
  }
  if (from > 0) push({ text: '… ', marked: false })
  for (const span of spans) {
    if (span.start < from || span.end > to || !matches(span.normalized, terms)) continue
    if (span.start > at) push({ text: clean.slice(at, span.start), marked: false })
    push({ text: clean.slice(span.start, span.end), marked: true })
    at = span.end
  }
  if (at < to) push({ text: clean.slice(at, to), marked: false })
  if (to < clean.length) push({ text: ' …', marked: false })
  return segments
}
