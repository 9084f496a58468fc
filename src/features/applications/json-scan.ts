import { isSecretKey } from '@/lib/secrets';

/** Offsets into a text, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

/** What a tolerant read of JSON text finds, in order. */
export type JsonItem =
  /** A key (a closed string followed by ':'): `from`/`to` include its quotes. */
  | { type: 'key'; name: string; from: number; to: number; repeated: boolean }
  /**
   * A value that is not an object or array: a closed string (range between its quotes), or a
   * bare word (number, true, false, null, or a typo). `secret` when it sits under a
   * secret-looking key at any depth.
   */
  | { type: 'value'; from: number; to: number; secret: boolean };

interface Frame {
  secret: boolean;
  /** Keys read so far; null for an array. */
  keys: Set<string> | null;
}

const WORD_END = /[\s"{}[\],:]/;

/** A JSON string can't span lines, so an unclosed one ends at the line end. */
function readString(text: string, quote: number): TextRange & { closed: boolean } {
  let i = quote + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { from: quote + 1, to: i, closed: true };
    if (c === '\n' || c === '\r') break;
    i += c === '\\' && text[i + 1] !== '\n' && text[i + 1] !== '\r' ? 2 : 1;
  }
  return { from: quote + 1, to: Math.min(i, text.length), closed: false };
}

function decoded(text: string, range: TextRange): string {
  const raw = text.slice(range.from, range.to);
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Reads JSON text the way a person types it: broken lines, unclosed strings and unbalanced
 * brackets do not stop it, and nesting is kept on an explicit stack, so any depth is fine.
 */
export function* scanJson(text: string): Generator<JsonItem> {
  const stack: Frame[] = [];
  let keyOf: string | null = null; // the key whose ':' was just read
  let pending: (TextRange & { secret: boolean }) | null = null; // a string that may be a key
  const inSecret = () => stack.at(-1)?.secret ?? false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    if (pending && c === ':') {
      const name = decoded(text, pending);
      const keys = stack.at(-1)?.keys;
      yield {
        type: 'key',
        name,
        from: pending.from - 1,
        to: pending.to + 1,
        repeated: keys?.has(name) ?? false,
      };
      keys?.add(name);
      keyOf = name;
      pending = null;
      i += 1;
      continue;
    }
    if (pending) yield { type: 'value', ...pending };
    pending = null;
    const secret = inSecret() || (keyOf !== null && isSecretKey(keyOf));
    if (c === '"') {
      const token = readString(text, i);
      if (token.closed && keyOf !== null) {
        yield { type: 'value', from: token.from, to: token.to, secret };
      } else if (token.closed) {
        pending = { from: token.from, to: token.to, secret };
      }
      i = token.closed ? token.to + 1 : token.to;
    } else if (c === '{' || c === '[') {
      stack.push({ secret, keys: c === '{' ? new Set() : null });
      i += 1;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i += 1;
    } else if (c === ',' || c === ':') {
      i += 1;
    } else {
      let end = i + 1;
      while (end < text.length && !WORD_END.test(text[end] ?? '')) end += 1;
      yield { type: 'value', from: i, to: end, secret };
      i = end;
    }
    keyOf = null;
  }
  if (pending) yield { type: 'value', ...pending };
}

/** Each key written again in the same object, at the repeat, e.g. the second "EMAIL_PORT". */
export function repeatedKeys(text: string): { name: string; from: number; to: number }[] {
  const found: { name: string; from: number; to: number }[] = [];
  for (const item of scanJson(text)) {
    if (item.type === 'key' && item.repeated) {
      found.push({ name: item.name, from: item.from, to: item.to });
    }
  }
  return found;
}
