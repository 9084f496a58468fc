import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium';

/** A fresh browser: every run starts with no process, cache or service worker left over. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable({ headlessShell: false }),
    // The bench stops its servers first on Ctrl-C; Playwright still kills the browser on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: chromiumArgs,
  });
}
