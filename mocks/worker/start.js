// The standalone console's first script (a build without the simulator does not have it). It
// registers the simulator's service worker before the app's modules load, so that the worker
// starts and seeds its data while the page evaluates them, and it makes every API request of
// the page wait until the worker serves the page. Each API request also carries the page's
// clock (tests fix it) and, when a test or QA preset one, the page's boot (applyBoot in mocks/worker/worker-controls.ts).
(function () {
  var BOOT_KEY = 'upshift.simulator.boot';
  var slowdown = null;
  var boot = null;
  try {
    // npm run bench: the worker makes up for the CPU throttling Chromium gives only the page.
    slowdown = localStorage.getItem('upshift.simulator.slowdown');
    // Taken once: a reload keeps whatever changed since.
    boot = localStorage.getItem(BOOT_KEY);
    if (boot) localStorage.removeItem(BOOT_KEY);
  } catch {
    // No storage (an opaque origin): nothing preset.
  }
  // An id per page, so the worker applies each boot once however many requests carry it.
  var bootHeader = boot ? String(Math.random()).slice(2) + ' ' + encodeURIComponent(boot) : null;
  var url = '/simulator-sw.js' + (slowdown ? '?slowdown=' + encodeURIComponent(slowdown) : '');
  var container = navigator.serviceWorker;

  var serving = new Promise(function (resolve) {
    container.addEventListener('controllerchange', resolve, { once: true });
    if (container.controller) resolve();
  });
  var registered = container.register(url).then(function (registration) {
    // A page the browser loaded past the worker (a hard reload) asks it to take the page.
    if (!container.controller) {
      container.ready.then(function (ready) {
        if (ready.active) ready.active.postMessage('claim');
      });
    }
    return registration;
  });
  var started = Promise.all([registered, serving]);
  // Handled where it is awaited (mocks/browser.ts and the requests below).
  started.catch(function () {});
  window.upshiftSimulatorWorker = started;

  var passOn = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var target = input instanceof Request ? input.url : String(input);
    if (new URL(target, location.href).pathname.indexOf('/api/') !== 0) return passOn(input, init);
    var request = new Request(input, init);
    return started.then(function () {
      var headers = new Headers(request.headers);
      headers.set('X-Simulator-Clock', String(Date.now()));
      if (bootHeader) headers.set('X-Simulator-Boot', bootHeader);
      return passOn(new Request(request, { headers: headers })).then(function (response) {
        // Applied: a worker started again later must not apply it over what changed since.
        if (response.status !== 400) bootHeader = null;
        return response;
      });
    });
  };
})();
