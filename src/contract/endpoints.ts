import { applicationEndpoints } from './application-endpoints';
import { applicationListEndpoints } from './application-list-endpoints';
import { identityEndpoints } from './identity-endpoints';
import { inboxEndpoints } from './inbox-endpoints';
import { operationEndpoints } from './operation-endpoints';
import { platformEndpoints } from './platform-endpoints';
import { selfHostedEndpoints } from './self-hosted-endpoints';
import { serverEndpoints } from './server-endpoints';
import { templateEndpoints } from './template-endpoints';

/**
 * Every endpoint, for the simulator, the OpenAPI document and the contract check. The app imports
 * its area's table instead (`applicationListEndpoints`, `templateEndpoints`…), so a route's chunk
 * carries only the schemas it parses.
 */
export const endpoints = {
  ...identityEndpoints,
  ...applicationListEndpoints,
  ...applicationEndpoints,
  ...operationEndpoints,
  ...inboxEndpoints,
  ...selfHostedEndpoints,
  ...templateEndpoints,
  ...serverEndpoints,
  ...platformEndpoints,
} as const;

export type Endpoints = typeof endpoints;
export type EndpointId = keyof Endpoints;
