import type { StoredNotification } from '../core/state';
import { seedTime } from '../core/seed-random';

export function seedNotifications(): StoredNotification[] {
  return [
    {
      id: 'n-seed-1',
      userId: 'u-admin',
      at: seedTime(180),
      kind: 'operation.succeeded',
      severity: 'success',
      title: 'Upgrade finished',
      message: 'invoice-approvals now runs project version 4 (application version 3).',
      resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
      read: false,
      archived: false,
    },
  ];
}
