// Runs before the page is drawn (a classic script in <head>, not a module): puts the chosen
// colour scheme's class on <html> as the app's ThemeProvider will (src/theme: 'upshift-theme-mode',
// class selector), so the app bar and navigation index.html paints first are in the right colours.
(function () {
  var mode = 'system';
  try {
    mode = localStorage.getItem('upshift-theme-mode') || 'system';
  } catch {
    // Storage can be blocked; the system's preference stands.
  }
  if (mode !== 'light' && mode !== 'dark') {
    mode = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.classList.add(mode);
})();
