import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { endSession } from './sign-out';

const URL = 'http://localhost:3000/api/v1/sign-out';

describe('endSession', () => {
  it('POSTs to the sign-out address, cookies included, and is done when the server says so', async () => {
    const seen: { method: string; credentials: RequestCredentials }[] = [];
    server.use(
      http.post(URL, ({ request }) => {
        seen.push({ method: request.method, credentials: request.credentials });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(endSession(URL, 1000)).resolves.toBeUndefined();
    expect(seen).toEqual([{ method: 'POST', credentials: 'same-origin' }]);
  });

  it('throws when the server did not end the session, so the console does not say it did', async () => {
    server.use(http.post(URL, () => new HttpResponse(null, { status: 503 })));
    await expect(endSession(URL, 1000)).rejects.toThrow('Signing out answered 503.');
  });
});
