import { holdApiRequestsWhenLeaving } from './leaving-page';

describe('holdApiRequestsWhenLeaving', () => {
  it('holds API requests made after beforeunload and passes everything else on', async () => {
    const calls: string[] = [];
    const target = new EventTarget() as unknown as Window;
    Object.assign(target, {
      location: { href: 'http://localhost/applications' },
      fetch: (input: string) => {
        calls.push(input);
        return Promise.resolve(new Response('{}'));
      },
    });
    holdApiRequestsWhenLeaving(target);

    await target.fetch('/api/v1/projects');
    target.dispatchEvent(new Event('beforeunload'));
    const held = target.fetch('/api/v1/notifications/summary');
    await target.fetch('/assets/app.js');

    expect(calls).toEqual(['/api/v1/projects', '/assets/app.js']);
    const settled = await Promise.race([held.then(() => 'answered'), Promise.resolve('held')]);
    expect(settled).toBe('held');
  });
});
