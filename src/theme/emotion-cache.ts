import createCache from '@emotion/cache';
import { cspNonce } from '@/lib/csp-nonce';
import { EMOTION_KEY } from './emotion-key';
import { webkitPrefixes } from './webkit-prefixes';

/** emotion's style cache (MUI's styles), its `<style>` elements carrying the page's CSP nonce. */
export const emotionCache = createCache({
  key: EMOTION_KEY,
  nonce: cspNonce(),
  stylisPlugins: [webkitPrefixes],
});
