/**
 * How one query-string key is read and written. `read` gets every value the key has and answers
 * undefined for anything it cannot use (so the caller falls back to its default, never throws);
 * `write` gives the values to append, none for nothing.
 */
export interface ParamKind<T> {
  // Method syntax on purpose: a kind of string[] must fit where a kind of unknown is expected.
  read(values: readonly string[]): T | undefined;
  write(value: T): readonly string[];
}

/** The longest search a list reads from its URL (the API refuses longer ones). */
export const MAX_SEARCH_LENGTH = 100;
const MAX_ID_LENGTH = 100;

/** A whole number ≥ 1 of at most nine digits, else undefined. */
export function positiveInt(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

const nonEmpty = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);

/** One of `options` (the key's first value). */
export function oneOf<const T extends string>(options: readonly T[]): ParamKind<T> {
  return { read: ([raw]) => options.find((o) => o === raw), write: (value) => [value] };
}

/** One of a few numbers, such as page sizes. */
export function oneOfNumbers<const T extends number>(options: readonly T[]): ParamKind<T> {
  return {
    read: ([raw]) => options.find((o) => o === positiveInt(raw)),
    write: (value) => [String(value)],
  };
}

/** Any of `options`, each once, in the options' order: one selection, one URL, one cache key. */
export function someOf<const T extends string>(options: readonly T[]): ParamKind<T[]> {
  const pick = (values: readonly string[]) => options.filter((o) => values.includes(o));
  return { read: (values) => nonEmpty(pick(values)), write: pick };
}

/** Opaque ids: each once, sorted, none blank or longer than `maxLength`. */
export function idList(maxLength = MAX_ID_LENGTH): ParamKind<string[]> {
  const pick = (values: readonly string[]) =>
    [...new Set(values.filter((id) => id !== '' && id.length <= maxLength))].sort();
  return { read: (values) => nonEmpty(pick(values)), write: pick };
}

export const wholeNumber: ParamKind<number> = {
  read: ([raw]) => positiveInt(raw),
  write: (value) => [String(value)],
};

export const flag: ParamKind<boolean> = {
  read: ([raw]) => (raw === 'true' ? true : raw === 'false' ? false : undefined),
  write: (value) => [String(value)],
};

/**
 * Trimmed, at most `maxLength` UTF-16 units (as the API counts), absent when blank. A cut never
 * leaves half a surrogate pair or a trailing space, so the text reads back as it was written.
 */
function clip(raw: string | undefined, maxLength: number): string | undefined {
  let text = (raw ?? '').trim().slice(0, maxLength);
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  text = text.trimEnd();
  return text === '' ? undefined : text;
}

/** Free text such as a search. */
export function boundedText(maxLength = MAX_SEARCH_LENGTH): ParamKind<string> {
  return {
    read: ([raw]) => clip(raw, maxLength),
    write: (value) => {
      const text = clip(value, maxLength);
      return text === undefined ? [] : [text];
    },
  };
}
