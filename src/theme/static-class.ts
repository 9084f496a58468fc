import { useInsertionEffect } from 'react';
import type { EmotionCache } from '@emotion/cache';
import {
  __unsafe_useEmotionCache as useEmotionCache,
  css,
  type SerializedStyles,
} from '@emotion/react';
import { useTheme, type SxProps, type Theme } from '@mui/material/styles';
import { perTheme } from './drawn-rules';

/** Rules as `sx` takes them, whose identity says they have not changed (a module constant). */
export type StaticRules = NonNullable<SxProps<Theme>> & object;

const NO_RULES = {};
/** Per theme, per part's rules, per caller's rules. */
const serializedFor = perTheme(() => new WeakMap<object, WeakMap<object, SerializedStyles>>());

function serialize(
  theme: Theme,
  own: StaticRules,
  caller: StaticRules | undefined,
): SerializedStyles {
  const byOwn = serializedFor(theme);
  let byCaller = byOwn.get(own);
  if (!byCaller) byOwn.set(own, (byCaller = new WeakMap()));
  const callerKey = caller ?? NO_RULES;
  let serialized = byCaller.get(callerKey);
  if (!serialized) {
    const items = [own, caller].flat() as SxProps<Theme>;
    serialized = css(theme.unstable_sx(items) as Parameters<typeof css>[0]);
    byCaller.set(callerKey, serialized);
  }
  return serialized;
}

/**
 * Emotion's `insertStyles`, once per cache, without registering the class: a registered class
 * in a styled component's `className` is merged with the component's own rules into a new class,
 * serialised on each of its renders and inserted again (the table's 75 rules on its first
 * re-render). Left unregistered, it stays a class of its own beside the component's.
 */
function insertOnce(cache: EmotionCache, className: string, serialized: SerializedStyles) {
  if (cache.inserted[serialized.name] !== undefined) return;
  cache.insert(`.${className}`, serialized, cache.sheet, true);
}

/**
 * A class name for rules that stay the same between renders: a part's own rules (a module
 * constant, or a `perTheme` function), then a caller's `sx` after them, as on MUI's components.
 * They are resolved and serialised once per theme and inserted once, where an element's `sx` is
 * resolved, serialised and hashed again on each of its renders: a keystroke's, a new page's.
 * Both arguments are cache keys: rules built anew on each render would never be found again.
 */
export function useStaticClass(own: StaticRules, caller?: StaticRules): string {
  const theme = useTheme();
  const cache = useEmotionCache();
  // Only null when rendering without a document, which the console never does.
  if (!cache) throw new Error('useStaticClass needs an emotion cache');
  const serialized = serialize(theme, own, caller);
  const className = `${cache.key}-${serialized.name}`;
  useInsertionEffect(() => insertOnce(cache, className, serialized));
  return className;
}
