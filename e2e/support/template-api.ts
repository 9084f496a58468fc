import type { TemplateDetail } from '@/contract/template-detail';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { startWork, waitForOperation } from './operations-api';
import type { SimulatorControl } from './simulator';

const PORTAL = '/templates/tpl-spacetech-portal';

/** Publishes spacetech-portal 1.1 (Redis added, web changed) as the seed walks through. */
export async function publishSpacetech11(
  simulator: SimulatorControl,
  notes = 'Adds Redis',
): Promise<void> {
  const template = (await simulator.api({ method: 'GET', path: PORTAL })).body as TemplateDetail;
  const publish = await startWork(simulator, `${PORTAL}/versions`, {
    revision: template.revision,
    version: '1.1',
    notes,
  });
  await waitForOperation(simulator, publish.id);
}

/** Starts an upgrade of an installed application through the API; returns the operation's id. */
export async function startInstalledUpgrade(
  simulator: SimulatorControl,
  installedId: string,
  body: { toVersion: string; components: string[] },
): Promise<string> {
  const path = `/installed-applications/${installedId}`;
  const app = (await simulator.api({ method: 'GET', path })).body as InstalledApplicationDetail;
  const upgrade = await startWork(simulator, `${path}/upgrades`, {
    revision: app.revision,
    ...body,
  });
  return upgrade.id;
}

/**
 * The seed's walkthrough through the API: spacetech-portal 1.1 published (redis added, web
 * changed), the copy ia-001 upgraded to it with both. Returns the new upgrade record's id.
 */
export async function portalUpgradedTo11(simulator: SimulatorControl): Promise<string> {
  await publishSpacetech11(simulator, 'Redis for sessions');
  const upgrade = await startInstalledUpgrade(simulator, 'ia-001', {
    toVersion: '1.1',
    components: ['redis', 'web'],
  });
  await waitForOperation(simulator, upgrade);
  const records = await simulator.api({
    method: 'GET',
    path: '/installed-applications/ia-001/upgrades',
  });
  const [latest] = (records.body as { items: { id: string }[] }).items;
  if (!latest) throw new Error('no upgrade record for ia-001');
  return latest.id;
}

/** An installed application as the simulator stores it. */
export async function installedRecord(simulator: SimulatorControl, id: string) {
  const state = await simulator.state();
  const app = state.templateUpgrades.applications.find((a) => a.id === id);
  if (!app) throw new Error(`no installed application ${id}`);
  return app;
}

/** The upgrade records the simulator stores for one installed application. */
export async function storedUpgrades(simulator: SimulatorControl, installedId: string) {
  return (await simulator.state()).templateUpgrades.upgrades.filter(
    (u) => u.applicationId === installedId,
  );
}

/** Every rollback operation the simulator has started. */
export async function rollbackOperations(simulator: SimulatorControl) {
  return (await simulator.state()).operations.filter((o) => o.kind === 'template.rollback');
}
