import { scanJson, type TextRange } from '../json-scan';

export type { TextRange };

/**
 * Where the values of secret-looking keys (`isSecretKey`) are in JSON text, at any depth: a
 * string between its quotes, a number, literal or bare word as typed, and every such value inside
 * an array or object held by a secret key. Tolerates text being typed: a string counts once its
 * closing quote is there, and a broken line does not shift the quotes of the lines after it.
 * Empty strings have nothing to hide.
 */
export function secretValueRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const item of scanJson(text)) {
    if (item.type === 'value' && item.secret && item.to > item.from) {
      ranges.push({ from: item.from, to: item.to });
    }
  }
  return ranges;
}

/**
 * V8 quotes the text around a JSON syntax error ("Unexpected token 'x', ..."hunter2", x}" is not
 * valid JSON"), or all of it ('"NaN" is not valid JSON'), which can carry a masked value into a
 * message: keep only the explanation. An unexpected letter or digit may be the start of an
 * unquoted secret, so it is not quoted either.
 */
export function withoutQuotedSource(message: string): string {
  return message
    .replace(/^"[\s\S]*" is not valid JSON$/, 'Unexpected text in JSON')
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, ' in JSON')
    .replace(
      /^Unexpected token '[^\s"{}[\],:]' in JSON$/,
      'Unexpected text in JSON: write strings in "double quotes"',
    );
}
