import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import type { Db, ScenarioPatch } from './simulator';

/** Seeded people by the name the API's sign-in page lists them under. */
export const people = {
  admin: 'Alex Morgan',
  operator: 'Olivia Park',
  viewer: 'Victor Lee',
} as const;
export type PersonName = (typeof people)[keyof typeof people];

/**
 * Makes every Content-Security-Policy violation of the context's pages a console error, with
 * what was refused, so the console guard fails the test on it.
 */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const what = event.blockedURI || 'an inline resource';
      console.error(
        `CSP violation: ${event.effectiveDirective} refused ${what} on ${event.documentURI}`,
      );
    });
  });
}

/** On the API server's sign-in page: picks the person and signs in. */
export async function signInOnApiPage(page: Page, name: PersonName): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Upshift' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${name} — `) }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in through the API's page and lands on `path` of the console. */
export async function openAs(page: Page, name: PersonName, path: string): Promise<void> {
  await page.goto(`/api/v1/sign-in?return=${encodeURIComponent(path)}`);
  await signInOnApiPage(page, name);
  await expect(page).toHaveURL(path);
}

/** The directives of a Content-Security-Policy header, by name. */
export function cspDirectives(header: string | undefined): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** The nonce of this page's csp-nonce meta, and those of every `<style>` element in it. */
export function pageNonces(page: Page): Promise<{ meta: string; styles: string[] }> {
  return page.evaluate(() => ({
    meta: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '',
    styles: [...document.querySelectorAll('style')].map((style) => style.nonce),
  }));
}

/**
 * `npm run api`'s simulator controls, through the production server's `/api` proxy: what
 * `window.upshiftSimulator` is to the e2e build.
 */
export class ApiSimulator {
  constructor(private readonly request: APIRequestContext) {}

  private async send(method: string, path: string, data?: object): Promise<unknown> {
    const response = await this.request.fetch(`/api/v1/simulator${path}`, { method, data });
    expect(response.status(), `${method} /simulator${path}`).toBeLessThan(300);
    return response.status() === 204 ? undefined : response.json();
  }

  /** Back to the seed with no scenario; operations `operationSpeed` times faster. */
  async reset(operationSpeed: number): Promise<void> {
    await this.send('POST', '/reset', { largeDataset: false });
    await this.send('DELETE', '/scenario');
    await this.setScenario({ operationSpeed });
  }

  async setScenario(patch: ScenarioPatch): Promise<void> {
    await this.send('PATCH', '/scenario', patch);
  }

  async state(): Promise<Db> {
    return (await this.send('GET', '/state')) as Db;
  }
}
