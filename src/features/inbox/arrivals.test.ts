import type { Notification } from '@/contract/notifications';
import { arrivalToast, detectArrival, type Seen } from './arrivals';

const note = (id: string, minute: number, extra: Partial<Notification> = {}): Notification => ({
  id,
  at: new Date(Date.UTC(2026, 10, 22, 10, minute)).toISOString(),
  kind: 'operation.succeeded',
  severity: 'success',
  title: `Notification ${id}`,
  message: 'Done.',
  read: false,
  archived: false,
  ...extra,
});

/** Feeds summaries one poll after another, as the app bar does, and collects the arrivals. */
function polls(userId: string, ...summaries: { unread: number; latest?: Notification }[]) {
  let seen: Seen | undefined;
  return summaries.map((summary) => {
    const result = detectArrival(seen, userId, summary);
    seen = result.seen;
    return result.arrival ? [result.arrival.count, result.arrival.latest.id] : null;
  });
}

describe('detectArrival', () => {
  it('never reports what was there on first load, even many unread', () => {
    expect(polls('u-admin', { unread: 7, latest: note('n-7', 7) })).toEqual([null]);
    expect(polls('u-admin', { unread: 0 })).toEqual([null]);
  });

  it('reports one arrival when a newer unread notification appears', () => {
    expect(
      polls(
        'u-admin',
        { unread: 1, latest: note('n-1', 1) },
        { unread: 2, latest: note('n-2', 2) },
      ),
    ).toEqual([null, [1, 'n-2']]);
  });

  it('counts several that arrive between two polls as one arrival', () => {
    expect(
      polls(
        'u-admin',
        { unread: 1, latest: note('n-1', 1) },
        { unread: 4, latest: note('n-4', 4) },
      ),
    ).toEqual([null, [3, 'n-4']]);
  });

  it('reports arrivals into an empty inbox', () => {
    expect(polls('u-admin', { unread: 0 }, { unread: 1, latest: note('n-1', 1) })).toEqual([
      null,
      [1, 'n-1'],
    ]);
  });

  it('ignores marking read or unread, archiving and restoring: nothing newer appears', () => {
    const newest = note('n-3', 3);
    expect(
      polls(
        'u-admin',
        { unread: 2, latest: newest },
        // The newest is marked read: an older one becomes the latest unread.
        { unread: 1, latest: note('n-1', 1) },
        // Marked unread again, then everything read, then an old one restored unread.
        { unread: 2, latest: newest },
        { unread: 0 },
        { unread: 1, latest: note('n-1', 1) },
      ),
    ).toEqual([null, null, null, null, null]);
  });

  it('reports a new one even when the person read another since the last poll', () => {
    expect(
      polls(
        'u-admin',
        { unread: 2, latest: note('n-2', 2) },
        { unread: 2, latest: note('n-5', 5) },
      ),
    ).toEqual([null, [1, 'n-5']]);
  });

  it('takes the first answer for another person as a new baseline', () => {
    const first = detectArrival(undefined, 'u-admin', { unread: 1, latest: note('n-1', 1) });
    const other = detectArrival(first.seen, 'u-operator', { unread: 3, latest: note('n-9', 9) });
    expect(other.arrival).toBeUndefined();
    expect(other.seen).toMatchObject({ userId: 'u-operator', unread: 3 });
  });
});

describe('arrivalToast', () => {
  const href = (search: string) => `/inbox${search}`;

  it('names a single arrival and opens its category', () => {
    const denied = note('n-1', 1, {
      kind: 'self-hosted.tenant-denied',
      category: 'message',
      severity: 'warning',
      title: 'Kestrel Logistics denied Fleet Telemetry 3.2.0',
    });
    expect(arrivalToast({ count: 1, latest: denied }, href)).toEqual({
      message: 'New in your Inbox: Kestrel Logistics denied Fleet Telemetry 3.2.0',
      severity: 'warning',
      href: '/inbox?category=message',
    });
    expect(arrivalToast({ count: 1, latest: note('n-2', 2) }, href).href).toBe('/inbox');
  });

  it('sums up several arrivals in one toast', () => {
    expect(arrivalToast({ count: 3, latest: note('n-3', 3) }, href)).toEqual({
      message: '3 new notifications in your Inbox. Newest: Notification n-3',
      severity: 'info',
      href: '/inbox',
    });
  });
});
