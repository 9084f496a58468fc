/**
 * Ends the session at a deployment's sign-out address (`VITE_SIGN_OUT_URL`, a POST). The
 * session cookie is HttpOnly, so only the server can end it: this throws when it did not say so.
 */
export async function endSession(url: string, timeoutMs: number): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`Signing out answered ${String(response.status)}.`);
}
