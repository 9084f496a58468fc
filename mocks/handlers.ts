import { applicationAccessHandlers } from './handlers/application-access';
import { applicationUpgradeHandlers } from './handlers/application-upgrade';
import { applicationHandlers } from './handlers/applications';
import { auditHandlers } from './handlers/audit';
import { identityHandlers } from './handlers/identity';
import { notificationHandlers } from './handlers/notifications';
import { operationHandlers } from './handlers/operations';
import { selfHostedHandlers } from './handlers/self-hosted';
import { selfHostedVersionHandlers } from './handlers/self-hosted-versions';

export const handlers = [
  ...identityHandlers,
  ...applicationHandlers,
  ...applicationAccessHandlers,
  ...applicationUpgradeHandlers,
  ...selfHostedHandlers,
  ...selfHostedVersionHandlers,
  ...operationHandlers,
  ...auditHandlers,
  ...notificationHandlers,
];
