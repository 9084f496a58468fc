// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Browser, withTestApi } from './test-support';

describe('npm run api: each browser is the person its session cookie says', () => {
  const served = withTestApi();

  it('answers 401 until signed in, then sets an HttpOnly, SameSite=Strict cookie for the whole site', async () => {
    const browser = new Browser(served.api);
    expect(await browser.send('GET', '/identity/me')).toMatchObject({
      status: 401,
      body: { status: 401, title: 'You are signed out' },
    });

    const signIn = await browser.send(
      'POST',
      '/sign-in',
      new URLSearchParams({ userId: 'u-operator', return: '/applications?page=2' }),
    );
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('Location')).toBe('/applications?page=2');
    const cookie = signIn.headers.getSetCookie();
    expect(cookie).toHaveLength(1);
    expect(cookie[0]).toMatch(/^upshift_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);

    browser.cookie = cookie[0]?.split(';')[0] ?? '';
    expect(await browser.send('GET', '/identity/me')).toMatchObject({
      status: 200,
      body: { id: 'u-operator', consoleRole: 'UPSHIFT_OPERATOR' },
    });
  });

  it('serves two browsers as two people, each authorised against the permission table', async () => {
    const admin = new Browser(served.api);
    const viewer = new Browser(served.api);
    await admin.signIn('u-admin');
    await viewer.signIn('u-viewer');
    const access = await admin.send('GET', '/applications/app-001/access');
    const edit = { ...(access.body as object), comment: 'From the viewer' };

    expect(await viewer.send('GET', '/identity/me')).toMatchObject({ body: { id: 'u-viewer' } });
    expect(await viewer.send('PUT', '/applications/app-001/access', edit)).toMatchObject({
      status: 403,
      body: { requiredRoles: ['UPSHIFT_ADMINISTRATOR'] },
    });
    expect(await admin.send('PUT', '/applications/app-001/access', edit)).toMatchObject({
      status: 200,
      body: { revision: 2 },
    });
    expect(await admin.send('GET', '/identity/me')).toMatchObject({ body: { id: 'u-admin' } });
  });

  it('signs out: the cookie is cleared and the session it held is over', async () => {
    const browser = new Browser(served.api);
    await browser.signIn('u-admin');
    const out = await browser.send('POST', '/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^upshift_session=; .*Max-Age=0/);
    expect((await browser.send('GET', '/identity/me')).status).toBe(401);

    await browser.signIn('u-admin');
    const form = await browser.send('POST', '/sign-out', new URLSearchParams({ return: '/' }));
    expect(form).toMatchObject({ status: 303 });
    expect(form.headers.get('Location')).toBe('/');
  });

  it('has a sign-in page listing the seeded people with their roles, with no script and a strict policy', async () => {
    const page = await new Browser(served.api).send(
      'GET',
      '/sign-in?return=%2Fapplications%2Fapp-001',
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = String(page.body);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<legend>Sign in as</legend>');
    for (const person of [
      'Alex Morgan — Administrator',
      'Olivia Park — Operator',
      'Priya Shah — Product owner',
      'Victor Lee — Viewer',
    ]) {
      expect(html).toContain(person);
    }
    expect(html.indexOf('Alex Morgan')).toBeLessThan(html.indexOf('Hannah Okafor'));
    expect(html).toContain('<input type="hidden" name="return" value="/applications/app-001">');
    expect(html).not.toContain('<script');
    const policy = page.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('goes back only to a page of its own site', async () => {
    const browser = new Browser(served.api);
    for (const away of ['https://evil.example/x', '//evil.example/x', '/\\evil.example']) {
      const page = await browser.send('GET', `/sign-in?return=${encodeURIComponent(away)}`);
      expect(String(page.body)).toContain('name="return" value="/"');
      const post = await browser.send(
        'POST',
        '/sign-in',
        new URLSearchParams({ userId: 'u-admin', return: away }),
      );
      expect(post.headers.get('Location')).toBe('/');
    }
  });

  it('refuses an unknown person, and a sign-in posted from another site', async () => {
    const browser = new Browser(served.api);
    const unknown = await browser.send('POST', '/sign-in', new URLSearchParams({ userId: 'u-x' }));
    expect(unknown.status).toBe(400);
    expect(String(unknown.body)).toContain('role="alert"');
    expect(unknown.headers.getSetCookie()).toEqual([]);

    const forged = await browser.send(
      'POST',
      '/sign-in',
      new URLSearchParams({ userId: 'u-admin' }),
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie()).toEqual([]);
  });
});
