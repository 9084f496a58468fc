import { SetupError } from './processes';

export interface SessionCookie {
  name: string;
  value: string;
}

/** The seeded administrator: sees every area, so every figure has something to show. */
const ADMIN = 'u-admin';

/** Signs in through the API's sign-in form (what a person's browser posts) and keeps the cookie. */
export async function signIn(appUrl: string): Promise<SessionCookie> {
  const response = await fetch(`${appUrl}/api/v1/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ userId: ADMIN, return: '/' }).toString(),
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const [name = '', ...value] = cookie.split('=');
  if (response.status !== 303 || !name || value.length === 0) {
    throw new SetupError(
      `Signing in at ${appUrl}/api/v1/sign-in answered ${String(response.status)} without a session cookie.`,
    );
  }
  return { name, value: value.join('=') };
}

/** The API's large dataset switch (10,000 more applications), through its simulator controls. */
export async function setLargeDataset(apiUrl: string, on: boolean): Promise<void> {
  const response = await fetch(`${apiUrl}/api/v1/simulator/large-dataset`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ on }),
  });
  if (!response.ok) {
    throw new SetupError(
      `Switching the large dataset ${on ? 'on' : 'off'} answered ${String(response.status)}: ${await response.text()}`,
    );
  }
}
