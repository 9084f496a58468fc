import { expect, type Page } from '@playwright/test';

/**
 * Strings that run script if the console ever renders them as HTML or follows them as a link.
 * Each one sets `window.__xss`, so a run is visible even when no dialog opens.
 */
export const xss = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '"><script>window.__xss=1</script>',
  svg: '<svg onload=window.__xss=1>',
  jsUrl: 'javascript:window.__xss=1',
  alert: '<img src=x onerror=alert(1)>',
} as const;
export const xssPayloads: readonly string[] = Object.values(xss);

/** Arabic and Hebrew around a RIGHT-TO-LEFT OVERRIDE: shown as typed, never reordering the page. */
export const rtl = 'مرحبا \u202Egpj.exe שלום';
/** RTL with a zero-width space and a byte-order mark inside, so trimming leaves it whole. */
export const rtlZeroWidth = 'مرحبا \u200B\u202Egpj\uFEFF.exe שלום';
/** Every markup payload and the RTL text in one string (about 180 characters). */
export const allInOne = [...xssPayloads, rtlZeroWidth].join(' ');
/** A name with a zero-width space inside and a byte-order mark in front. */
export const withZeroWidth = (name: string) => `\uFEFF${name.slice(0, 3)}\u200B${name.slice(3)}`;
/** 10,000 characters without a space: the widest a single word gets. */
export const long = (unit = 'x', length = 10_000) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Chromium logs every 4xx answer as "Failed to load resource"; specs that send refused input on
 * purpose allow exactly those (one pattern, see UpshiftOptions).
 */
export const refusedRequests =
  /^Failed to load resource: the server responded with a status of (400|404|409|422) /;

declare global {
  interface Window {
    __xss?: number;
    /** Elements that could only come from a payload parsed as HTML, recorded as they appear. */
    __injected?: string[];
  }
}

/** Runs in the page before its own scripts: records every element a payload would create. */
function watchForInjection() {
  window.__injected = [];
  const suspicious = (el: Element): boolean => {
    if (el.getAttributeNames().some((name) => name.toLowerCase().startsWith('on'))) return true;
    for (const name of ['href', 'src', 'action', 'formaction']) {
      if (/^\s*javascript:/i.test(el.getAttribute(name) ?? '')) return true;
    }
    if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') return true;
    return el.tagName === 'SCRIPT' && el.textContent.includes('__xss');
  };
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      if (suspicious(el)) window.__injected?.push(el.outerHTML.slice(0, 200));
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') check(record.target);
      record.addedNodes.forEach(check);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Watches a page for hostile input taking effect: a dialog (alert, confirm, prompt), a payload's
 * `window.__xss`, or an element only an HTML parse of a payload would create. Call before the
 * first `page.goto`; `expectNothingRan()` at every checkpoint of a journey.
 */
export class InjectionGuard {
  readonly dialogs: string[] = [];

  private constructor(private readonly page: Page) {}

  static async install(page: Page): Promise<InjectionGuard> {
    const guard = new InjectionGuard(page);
    page.on('dialog', (dialog) => {
      guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(watchForInjection);
    return guard;
  }

  async expectNothingRan(where: string): Promise<void> {
    const seen = await this.page.evaluate(() => ({
      xss: window.__xss ?? null,
      injected: window.__injected ?? ['(the watcher did not start)'],
    }));
    expect({ dialogs: this.dialogs, ...seen }, `hostile input took effect on ${where}`).toEqual({
      dialogs: [],
      xss: null,
      injected: [],
    });
  }
}
