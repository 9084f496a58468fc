import { isSecretKey } from '@/lib/secrets';

/** Offsets into a text, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

interface StringToken {
  /** Offset of the first character after the opening quote. */
  from: number;
  /** Offset of the closing quote, or of the line end when the string is still open. */
  to: number;
  closed: boolean;
}

/** A JSON string can't span lines, so an unclosed one ends at the line end and the next line scans afresh. */
function readString(text: string, quote: number): StringToken {
  let i = quote + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { from: quote + 1, to: i, closed: true };
    if (c === '\n' || c === '\r') break;
    i += c === '\\' && text[i + 1] !== '\n' && text[i + 1] !== '\r' ? 2 : 1;
  }
  return { from: quote + 1, to: Math.min(i, text.length), closed: false };
}

function keyOf(text: string, token: StringToken): string {
  const raw = text.slice(token.from, token.to);
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Where the values of secret-looking keys (`isSecretKey`) are in JSON text, between their quotes,
 * at any depth. Tolerates text being typed: a value counts once its closing quote is there, and a
 * broken line does not shift the quotes of the lines after it. Empty values have nothing to hide.
 */
export function secretValueRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let lastKey: string | null = null; // a closed string just read, which a ':' would make a key
  let valueOf: string | null = null; // the key whose ':' was just read
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '"') {
      const token = readString(text, i);
      if (valueOf !== null) {
        if (token.closed && token.to > token.from && isSecretKey(valueOf)) ranges.push(token);
        lastKey = null;
      } else {
        lastKey = token.closed ? keyOf(text, token) : null;
      }
      valueOf = null;
      i = token.closed ? token.to + 1 : token.to;
    } else {
      valueOf = c === ':' ? lastKey : null;
      lastKey = null;
      i += 1;
    }
  }
  return ranges.map(({ from, to }) => ({ from, to }));
}

/**
 * V8 quotes the text around a JSON syntax error ("Unexpected token 'x', ..."hunter2", x}" is not
 * valid JSON"), which can carry a masked value into a message: keep only the explanation.
 */
export function withoutQuotedSource(message: string): string {
  return message.replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, ' in JSON');
}
