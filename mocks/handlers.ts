import { applicationAccessHandlers } from './handlers/application-access';
import { applicationUpgradeHandlers } from './handlers/application-upgrade';
import { applicationHandlers } from './handlers/applications';
import { auditHandlers } from './handlers/audit';
import { identityHandlers } from './handlers/identity';
import { notificationHandlers } from './handlers/notifications';
import { operationHandlers } from './handlers/operations';
import { secretHandlers } from './handlers/secrets';
import { selfHostedHandlers } from './handlers/self-hosted';
import { selfHostedVersionHandlers } from './handlers/self-hosted-versions';
import { templateHandlers } from './handlers/templates';
import { installedApplicationHandlers } from './handlers/templates-installed';
import { templateUpgradeHandlers } from './handlers/templates-upgrade';

export const handlers = [
  ...identityHandlers,
  ...applicationHandlers,
  ...applicationAccessHandlers,
  ...applicationUpgradeHandlers,
  ...secretHandlers,
  ...selfHostedHandlers,
  ...selfHostedVersionHandlers,
  ...templateHandlers,
  ...installedApplicationHandlers,
  ...templateUpgradeHandlers,
  ...operationHandlers,
  ...auditHandlers,
  ...notificationHandlers,
];
