/**
 * MSW asks an existing worker registration to update without awaiting it. When that check loses
 * its page (a slow navigation, a reload, a closed tab) Chromium rejects it with "Failed to update
 * a ServiceWorker … Not found", an uncaught rejection nobody could handle. The running worker is
 * unaffected, so that one rejection is swallowed; every other stays uncaught.
 */
export function isWorkerUpdateNoise(reason: unknown): boolean {
  // A DOMException, which is not an Error everywhere (jsdom).
  const message =
    typeof reason === 'object' && reason !== null && 'message' in reason ? reason.message : null;
  return (
    typeof message === 'string' &&
    /^Failed to update a ServiceWorker\b/.test(message) &&
    message.includes('mockServiceWorker.js')
  );
}

export function ignoreWorkerUpdateNoise(target: Window): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (isWorkerUpdateNoise(event.reason)) event.preventDefault();
  });
}
