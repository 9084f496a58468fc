import type { Page } from '@playwright/test';

/** Chromium's line for an HTTP failure a test provokes, e.g. "…responded with a status of 500 (…)". */
export const httpStatus = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${String(status)}`);

/**
 * 5xx and network failures are retried once after 1 s (src/lib/query-client.ts), and on first
 * load a screen fetches again after its loader: a failure is said after both.
 */
export const afterRetries = { timeout: 10_000 };

/** What an answer of the simulator looks like to a script on the page. */
export interface FetchResult {
  status: number;
  contentType: string | null;
  body: { id?: string; status?: number; title?: string; requiredRoles?: string[] };
}

/**
 * Starts a readiness check the way another browser tab or a script bypassing the UI would:
 * straight to the API from inside the page, with an Idempotency-Key.
 */
export async function postReadinessCheck(page: Page, applicationId: string): Promise<FetchResult> {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/v1/applications/${id}/readiness-checks`, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Idempotency-Key': crypto.randomUUID(),
      },
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as FetchResult['body'],
    };
  }, applicationId);
}
