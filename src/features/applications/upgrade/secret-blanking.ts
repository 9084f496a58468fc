import { SECRET_MASK } from '@/contract/secrets';
import { secretValueRanges, type TextRange } from './secret-ranges';

/** A closed string holding exactly the mask the API answers for a deployed secret. */
const isMask = (text: string, r: TextRange) =>
  text.slice(r.from, r.to) === SECRET_MASK &&
  text.charAt(r.from - 1) === '"' &&
  text.charAt(r.to) === '"';

/**
 * Closes each string still open at a line end (a JSON string cannot span lines, so it is being
 * typed) and returns where the added characters are, so they can be left out again.
 */
function closeOpenStrings(text: string): { closed: string; added: Set<number> } {
  let closed = '';
  const added = new Set<number>();
  let open = false;
  const close = () => {
    // A dangling backslash would escape the added quote: a space goes before it.
    const escaping = /(^|[^\\])(\\\\)*\\$/.test(closed);
    for (const c of escaping ? ' "' : '"') {
      added.add(closed.length);
      closed += c;
    }
    open = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      if (open) close();
    } else if (open && c === '\\' && i + 1 < text.length && !'\n\r'.includes(text.charAt(i + 1))) {
      closed += c + text.charAt(i + 1);
      i += 1;
      continue;
    } else if (c === '"') {
      open = !open;
    }
    closed += c;
  }
  if (open) close();
  return { closed, added };
}

/**
 * The text with every value of a secret-looking key emptied, whether its string is closed or
 * still being typed: what may be written to storage. The API's mask (a deployed value, kept by
 * the server when sent back) is no secret and stays; everything else stays as typed.
 */
export function blankSecretValues(text: string): string {
  const { closed, added } = closeOpenStrings(text);
  const ranges = secretValueRanges(closed).filter((r) => !isMask(closed, r));
  let out = '';
  let i = 0;
  for (const r of ranges) {
    if (r.from < i) continue;
    for (; i < r.from; i += 1) if (!added.has(i)) out += closed.charAt(i);
    const quoted = closed.charAt(r.from - 1) === '"' && closed.charAt(r.to) === '"';
    out += quoted ? '' : '""';
    i = r.to;
  }
  for (; i < closed.length; i += 1) if (!added.has(i)) out += closed.charAt(i);
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Puts `value` back into the first empty value of `key` ("KEY": "" → "KEY": "value"). */
export function fillEmptyValue(text: string, key: string, value: string): string {
  const empty = new RegExp(`(${escapeRegExp(JSON.stringify(key))}\\s*:\\s*")(")`);
  return text.replace(empty, (_all, head: string, tail: string) =>
    [head, JSON.stringify(value).slice(1, -1), tail].join(''),
  );
}
