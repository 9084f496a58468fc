import { endpoints } from '@/contract/endpoints';
import type { NotificationCategoryFilter } from '@/contract/notifications';
import { apiCall } from '@/lib/api-client';
import { notify } from '../core/records';
import { simulator } from '../simulator';

const T0 = Date.parse('2026-11-22T10:00:00Z');

/** Alex (admin) gets a tenant-denied message and a finished operation; Olivia (operator) one message. */
function seedInbox() {
  const { db } = simulator;
  const app = { type: 'self-hosted-application', id: 'sh-003', name: 'Fleet Telemetry' };
  const message = {
    kind: 'self-hosted.tenant-denied',
    category: 'message',
    severity: 'warning',
    title: 'Kestrel Logistics denied Fleet Telemetry 3.2.0',
    message: 'Its users cannot use Fleet Telemetry.',
    resource: app,
  } as const;
  notify(db, T0 + 1000, 'u-admin', message);
  notify(db, T0 + 1000, 'u-operator', message);
  notify(db, T0 + 2000, 'u-admin', {
    kind: 'operation.succeeded',
    severity: 'success',
    title: 'Update to 3.2.0: finished',
    message: 'Fleet Telemetry: done.',
    resource: app,
  });
}

const list = (category?: NotificationCategoryFilter, box: 'inbox' | 'archived' = 'inbox') =>
  apiCall(endpoints.listNotifications, { query: { box, ...(category ? { category } : {}) } });
const titles = async (category?: NotificationCategoryFilter, box?: 'inbox' | 'archived') =>
  (await list(category, box)).items.map((n) => n.title);
const summary = () => apiCall(endpoints.getNotificationSummary);
const patch = (notificationId: string, body: { read?: boolean; archived?: boolean }) =>
  apiCall(endpoints.updateNotification, { params: { notificationId }, body });
const readAll = (category?: NotificationCategoryFilter) =>
  apiCall(endpoints.markAllNotificationsRead, { body: category ? { category } : {} });

beforeEach(seedInbox);

describe('notifications', () => {
  it('filters the inbox by category: message, work (no category) or all, newest first', async () => {
    expect(await titles()).toEqual([
      'Update to 3.2.0: finished',
      'Kestrel Logistics denied Fleet Telemetry 3.2.0',
      'Upgrade finished',
    ]);
    expect(await titles('message')).toEqual(['Kestrel Logistics denied Fleet Telemetry 3.2.0']);
    expect(await titles('work')).toEqual(['Update to 3.2.0: finished', 'Upgrade finished']);
    const page = await list('work');
    expect([page.total, page.items.every((n) => n.category === undefined)]).toEqual([2, true]);
  });

  it('shows each person only their own notifications', async () => {
    simulator.signInAs('u-operator');
    expect(await titles()).toEqual(['Kestrel Logistics denied Fleet Telemetry 3.2.0']);
    expect((await summary()).unread).toBe(1);
    const adminOnly = simulator.db.notifications.find((n) => n.title === 'Upgrade finished');
    await expect(patch(adminOnly?.id ?? '', { read: true })).rejects.toMatchObject({
      status: 404,
    });
    expect(adminOnly?.read).toBe(false);
  });

  it('summarises the unread count and names the newest unread of the inbox', async () => {
    const first = await summary();
    expect(first.unread).toBe(3);
    expect(first.latest?.title).toBe('Update to 3.2.0: finished');
    expect(first.latest).not.toHaveProperty('userId');

    const newest = first.latest?.id ?? '';
    await patch(newest, { archived: true });
    const second = await summary();
    expect([second.unread, second.latest?.title]).toEqual([
      2,
      'Kestrel Logistics denied Fleet Telemetry 3.2.0',
    ]);
    expect(await titles(undefined, 'archived')).toEqual(['Update to 3.2.0: finished']);

    await patch(newest, { archived: false, read: true });
    expect((await summary()).unread).toBe(2);
  });

  it('marks all read, or only one category, and says how many', async () => {
    expect(await readAll('message')).toEqual({ marked: 1, unread: 2 });
    expect((await list('message')).items.map((n) => n.read)).toEqual([true]);
    expect(await readAll()).toEqual({ marked: 2, unread: 0 });
    expect(await readAll()).toEqual({ marked: 0, unread: 0 });
    expect(await summary()).toEqual({ unread: 0 });
    // The operator's copy of the message is theirs: still unread.
    simulator.signInAs('u-operator');
    expect((await summary()).unread).toBe(1);
  });

  it('leaves archived notifications out of mark all read', async () => {
    const message = (await list('message')).items[0];
    await patch(message?.id ?? '', { archived: true });
    expect(await readAll()).toEqual({ marked: 2, unread: 0 });
    expect((await list(undefined, 'archived')).items.map((n) => n.read)).toEqual([false]);
  });

  it('refuses an unknown category (400) and a patch with nothing to change (422)', async () => {
    await expect(
      apiCall(endpoints.listNotifications, {
        query: { category: 'news' as NotificationCategoryFilter },
      }),
    ).rejects.toMatchObject({ status: 400 });
    const any = (await list()).items[0];
    await expect(patch(any?.id ?? '', {})).rejects.toMatchObject({ status: 422 });
  });
});
