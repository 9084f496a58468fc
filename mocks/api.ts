import { applicationAccessHandlers } from './applications/access-handlers';
import { applicationHandlers } from './applications/handlers';
import { applicationSecretHandlers } from './applications/secret-handlers';
import { applicationUpgradeHandlers } from './applications/upgrade-handlers';
import { auditHandlers } from './core/audit-handlers';
import { simulatedApi } from './core/http';
import { identityHandlers } from './core/identity-handlers';
import { operationHandlers } from './core/operation-handlers';
import { notificationHandlers } from './inbox/handlers';
import { platformHandlers } from './platform/handlers';
import { selfHostedHandlers } from './self-hosted/handlers';
import { selfHostedVersionHandlers } from './self-hosted/version-handlers';
import { serverHandlers } from './servers/handlers';
import { serverUpgradeHandlers } from './servers/upgrade-handlers';
import { templateHandlers } from './templates/handlers';
import { installedApplicationHandlers } from './templates/installed-handlers';
import { templateSecretHandlers } from './templates/secret-handlers';
import { templateUpgradeHandlers } from './templates/upgrade-handlers';

/** The simulated API: the standalone console's service worker answers with it. */
export const answerApi = simulatedApi([
  ...identityHandlers,
  ...applicationHandlers,
  ...applicationAccessHandlers,
  ...applicationUpgradeHandlers,
  ...applicationSecretHandlers,
  ...templateSecretHandlers,
  ...selfHostedHandlers,
  ...selfHostedVersionHandlers,
  ...templateHandlers,
  ...installedApplicationHandlers,
  ...templateUpgradeHandlers,
  ...serverHandlers,
  ...serverUpgradeHandlers,
  ...platformHandlers,
  ...operationHandlers,
  ...auditHandlers,
  ...notificationHandlers,
]);
