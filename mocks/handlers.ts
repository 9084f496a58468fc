import { applicationAccessHandlers } from './handlers/application-access';
import { applicationUpgradeHandlers } from './handlers/application-upgrade';
import { applicationHandlers } from './handlers/applications';
import { auditHandlers } from './handlers/audit';
import { identityHandlers } from './handlers/identity';
import { notificationHandlers } from './handlers/notifications';
import { operationHandlers } from './handlers/operations';

export const handlers = [
  ...identityHandlers,
  ...applicationHandlers,
  ...applicationAccessHandlers,
  ...applicationUpgradeHandlers,
  ...operationHandlers,
  ...auditHandlers,
  ...notificationHandlers,
];
