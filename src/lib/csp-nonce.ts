/**
 * This page's Content-Security-Policy nonce: index.html's `<meta property="csp-nonce">`, which
 * the server fills in per response. The `<style>` elements emotion and CodeMirror add carry it,
 * so a policy without `'unsafe-inline'` lets them apply. Read from the property: browsers hide
 * the attribute's value from scripts once a policy is in force.
 */
export function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce;
  return nonce === '' ? undefined : nonce;
}
