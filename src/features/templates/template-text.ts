import { diffLines, diffWords, diffWordsWithSpace, type Change } from 'diff';
import type { TextSegment } from '@/contract/template-diff';

/**
 * Text-level work of the template diff, done by jsdiff (the `diff` package) rather than by hand:
 * word-level highlighting of a changed value, line-level for a value of several lines (a probe
 * command, a long environment value).
 */

/** What "ignore whitespace" compares: trimmed, every run of whitespace counted as one space. */
export function normalizeWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function sameText(a: string, b: string, ignoreWhitespace: boolean): boolean {
  return a === b || (ignoreWhitespace && normalizeWhitespace(a) === normalizeWhitespace(b));
}

function toSegment(change: Change): TextSegment {
  return {
    value: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  };
}

/**
 * Before → after as segments the console highlights. Without ignoreWhitespace, the "same" and
 * "removed" parts spell `before` and the "same" and "added" parts spell `after`, exactly.
 */
export function textSegments(
  before: string,
  after: string,
  ignoreWhitespace = false,
): TextSegment[] {
  const multiline = before.includes('\n') || after.includes('\n');
  const changes = multiline
    ? diffLines(before, after, { ignoreWhitespace })
    : ignoreWhitespace
      ? diffWords(before, after)
      : diffWordsWithSpace(before, after);
  return changes.map(toSegment);
}
