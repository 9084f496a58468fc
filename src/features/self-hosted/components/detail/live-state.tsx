import type { SelfHostedApplication } from '@/contract/self-hosted';
import { RegistrationBanner } from './registration-banner';
import { SwitchBanner } from './switch-banner';

/** Shown above every tab: a running switch first, else a registration running or waiting. */
export function LiveState({
  app,
  onVersionsTab,
}: {
  app: SelfHostedApplication;
  onVersionsTab: boolean;
}) {
  if (app.switch) return <SwitchBanner key={app.switch.operationId} running={app.switch} />;
  if (app.registration) {
    return (
      <RegistrationBanner app={app} registration={app.registration} onVersionsTab={onVersionsTab} />
    );
  }
  return null;
}
