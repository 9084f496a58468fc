import type { ParamKind } from './url-param-kinds';

export type ParamKinds = Record<string, ParamKind<unknown>>;
/** What a set of kinds reads: every value optional (absent when not in the URL). */
export type ValuesOf<K extends ParamKinds> = {
  [Key in keyof K]?: K[Key] extends ParamKind<infer T> ? T : never;
};

export interface UrlCodec<P> {
  parse: (search: URLSearchParams) => P;
  /** Defaults are left out; keys the codec does not own are kept from `base`. */
  serialize: (params: P, base?: URLSearchParams) => URLSearchParams;
  /**
   * The query string to show instead when the parser dropped or rewrote something in it (page=abc,
   * an unknown sort, a duplicate status); undefined when it reads as written. A default written
   * out (page=1) reads as written: it stays, so a link keeps what its author put in it.
   */
  normalize: (search: URLSearchParams) => URLSearchParams | undefined;
  /** Every key the codec reads and writes, in the order it writes them. */
  ownKeys: readonly string[];
}

/** The same values in whatever order: `status=b&status=a` reads as written. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [[...a].sort(), [...b].sort()];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The engine under every list's codec: one kind per key, in the order the keys are written. */
export function defineUrlCodec<P extends object>(
  kinds: ParamKinds,
  defaultValues: object,
): UrlCodec<P> {
  const defaults = defaultValues as Readonly<Record<string, unknown>>;
  const entries = Object.entries(kinds);
  const ownKeys = Object.keys(kinds);
  const read = (search: URLSearchParams) => {
    const params: Record<string, unknown> = {};
    for (const [key, kind] of entries) {
      const value = kind.read(search.getAll(key)) ?? defaults[key];
      if (value !== undefined) params[key] = value;
    }
    return params;
  };
  const serialize = (params: P, base?: URLSearchParams) => {
    const out = new URLSearchParams(base);
    for (const key of ownKeys) out.delete(key);
    const values = params as Readonly<Record<string, unknown>>;
    for (const [key, kind] of entries) {
      const value = values[key];
      if (value === undefined || value === defaults[key]) continue;
      for (const raw of kind.write(value)) out.append(key, raw);
    }
    return out;
  };
  return {
    ownKeys,
    parse: (search) => read(search) as P,
    serialize,
    normalize: (search) => {
      const params = read(search);
      const asWritten = entries.every(([key, kind]) => {
        const raw = search.getAll(key);
        const value = params[key];
        return raw.length === 0 || sameValues(raw, value === undefined ? [] : kind.write(value));
      });
      return asWritten ? undefined : serialize(params as P, search);
    },
  };
}
