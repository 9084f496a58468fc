import type { QueryClient } from '@tanstack/react-query';
import { selfHostedKeys } from './keys';

/**
 * After a registration, a withdrawal or a switch: exactly this application's keys. Its detail
 * key is the prefix of its tenants, settings and history, so those refresh too; the lists show
 * its active version and state. Other applications are left alone.
 */
export function invalidateApplication(queryClient: QueryClient, applicationId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: selfHostedKeys.detail(applicationId) }),
    queryClient.invalidateQueries({ queryKey: selfHostedKeys.lists() }),
  ]);
}
