// The standalone console's first script (a build without the simulator does not have it). It
// registers the simulator's service worker before the app's modules load, so that the worker
// starts and seeds its data while the page evaluates them, and it makes every API request of
// the page wait until the worker serves the page. Each API request also carries the page's
// clock (tests fix it) and, when a test or QA preset one, the page's boot (applyBoot in mocks/worker/worker-controls.ts).
(function () {
  var BOOT_KEY = 'upshift.simulator.boot';
  var slowdown = null;
  var bootHeader = null;
  try {
    // npm run bench: the worker makes up for the CPU throttling Chromium gives only the page.
    slowdown = localStorage.getItem('upshift.simulator.slowdown');
    // A preset is JSON; once a page has read it, it is kept as the header, with an id, so the
    // worker applies it once however many requests and pages carry it. It stays stored until
    // the worker has taken it: a page left before its first request (a click on the boot
    // shell's links navigates) leaves it to the next page.
    var boot = localStorage.getItem(BOOT_KEY);
    if (boot && boot.charAt(0) === '{') {
      bootHeader = String(Math.random()).slice(2) + ' ' + encodeURIComponent(boot);
      localStorage.setItem(BOOT_KEY, bootHeader);
    } else if (boot) {
      bootHeader = boot;
    }
  } catch {
    // No storage (an opaque origin): nothing preset.
  }

  // Taken: a reload keeps whatever changed since. A preset written meanwhile stays.
  function bootTaken() {
    try {
      if (localStorage.getItem(BOOT_KEY) === bootHeader) localStorage.removeItem(BOOT_KEY);
    } catch {
      // No storage: nothing was stored either.
    }
    bootHeader = null;
  }
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
        if (bootHeader && response.status !== 400) bootTaken();
        return response;
      });
    });
  };
})();
