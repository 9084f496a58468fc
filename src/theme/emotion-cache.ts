import createCache from '@emotion/cache';
import { cspNonce } from '@/lib/csp-nonce';

/** emotion's style cache (MUI's styles), its `<style>` elements carrying the page's CSP nonce. */
export const emotionCache = createCache({ key: 'css', nonce: cspNonce() });
