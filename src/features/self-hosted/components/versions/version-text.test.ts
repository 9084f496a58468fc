import { relationText, statusNote } from './version-text';
import { application, appVersion } from '@/testing/versions-test-utils';

describe('statusNote', () => {
  it('says the active version still serves while a switch runs', () => {
    const app = application(
      { status: 'switching' },
      {
        switch: {
          operationId: 'op-1',
          from: '2.9.1',
          to: '2.10.0',
          direction: 'update',
          startedAt: '2026-01-10T09:00:00.000Z',
          startedBy: { id: 'u', name: 'U' },
        },
      },
    );
    const [newer, active] = app.versions;
    expect(statusNote(active ?? appVersion(), app)).toBe(
      'Still serving every user until the switch to 2.10.0 completes.',
    );
    expect(statusNote(newer ?? appVersion(), app)).toBe(
      'Becomes the active version when the switch completes; 2.9.1 serves until then.',
    );
  });

  it('tells a registered version which Confirm leads on, and who registered it', () => {
    const registered = appVersion({
      status: 'registered',
      registeredAt: '2026-01-10T08:00:00.000Z',
      registeredBy: { id: 'u', name: 'Olivia Park' },
    });
    expect(statusNote(registered, application(), Date.parse('2026-01-10T09:00:00.000Z'))).toBe(
      'Registered for test 1 hour ago by Olivia Park, beside 2.9.1. Confirm Update makes it the active version.',
    );
  });

  it('says plainly after a failure that the active version did not change, and how to retry', () => {
    const failed = appVersion({ status: 'failed', actions: ['register'] });
    expect(statusNote(failed, application())).toBe(
      '2.9.1 is still the active version; nothing changed for its users. Register it to test to try again.',
    );
  });

  it('places each version against the active one', () => {
    expect(relationText(appVersion(), '2.9.1')).toBe('Newer than 2.9.1');
    expect(relationText(appVersion({ relation: 'earlier' }), '2.9.1')).toBe('Earlier than 2.9.1');
    expect(relationText(appVersion({ relation: 'active' }), '2.9.1')).toBe('The active version');
  });
});
