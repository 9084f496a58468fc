/**
 * On `beforeunload` MSW tells its worker this page is gone, and the worker lets the page's later
 * requests through to the real network, which serves no API in standalone mode: a poll or a
 * query the app starts while the page is being left would get the static server's 404. Those
 * requests are held instead (never answered): the page is going away, and nothing reads them.
 */
export function holdApiRequestsWhenLeaving(target: Window, apiPath = '/api/'): void {
  let leaving = false;
  target.addEventListener('beforeunload', () => {
    leaving = true;
  });
  const passOn = target.fetch.bind(target);
  target.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (leaving && new URL(url, target.location.href).pathname.startsWith(apiPath))
      return new Promise<Response>(() => undefined);
    return passOn(input, init);
  };
}
