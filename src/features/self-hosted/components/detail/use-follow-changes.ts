import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SelfHostedApplication } from '@/contract/self-hosted';
import { selfHostedKeys } from '../../api/keys';

/** Changes whenever a registration or switch starts or ends, or a tenant loses access. */
function signatureOf(app: SelfHostedApplication): string {
  return [
    app.activeVersion,
    app.switch?.operationId ?? '',
    app.registration ? `${app.registration.version}:${app.registration.status}` : '',
    app.tenantsWithoutAccess,
  ].join('|');
}

/**
 * The page polls the application while work runs. When what it shows moves on (a switch
 * finished, a registration ended, a tenant denied), the tabs' own data is read again: Settings
 * then shows the new version's roles only once the server says it is active.
 */
export function useFollowChanges(app: SelfHostedApplication) {
  const queryClient = useQueryClient();
  const signature = signatureOf(app);
  const seen = useRef(signature);
  const { id } = app;
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    for (const queryKey of [
      selfHostedKeys.settings(id),
      selfHostedKeys.tenants(id),
      selfHostedKeys.history(id),
      selfHostedKeys.lists(),
    ]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  }, [queryClient, id, signature]);
}
