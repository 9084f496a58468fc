import { endpoints } from '@/contract/endpoints';
import type { UpgradePlan } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import { newPlan } from '../plan/render-plan';
import { productionChecklistMarkdown } from './production-checklist';

async function northwind() {
  const plan = await newPlan();
  const { items } = await apiCall(endpoints.listPlatformEnvironments);
  const infra = items.find((i) => i.id === 'northwind');
  if (!infra) throw new Error('no northwind');
  return { plan, environments: infra.environments };
}

function withProduction(plan: UpgradePlan, change: Partial<UpgradePlan['environments'][number]>) {
  return {
    ...plan,
    environments: plan.environments.map((e) => (e.role === 'production' ? { ...e, ...change } : e)),
  };
}

describe('productionChecklistMarkdown', () => {
  it("writes Production's checklist for zero-downtime: the seven steps between maintenance mode on and off", async () => {
    const { plan, environments } = await northwind();
    const fixed = {
      ...withProduction(plan, {
        strategy: 'zero-downtime',
        schedule: { at: '2026-12-21T22:00:00.000Z', timeZone: 'Europe/Lisbon' },
      }),
      changes: plan.changes.map((c) =>
        c.id === 'bc-11.16.0-csp' ? { ...c, review: 'needs-fix' as const, estimateHours: 6 } : c,
      ),
    };
    const markdown = productionChecklistMarkdown(fixed, environments, 'Northwind');
    const csp = plan.changes.find((c) => c.id === 'bc-11.16.0-csp')?.title ?? '';
    const [head] = markdown.split('## After the upgrade\n');
    expect(head).toBe(
      [
        '# Pre-production checklist: Production',
        '',
        'Upgrade Northwind from 11.10.0 to 11.19.0.',
        '',
        '- Strategy: Zero-downtime. Front-ends are upgraded half at a time behind the load balancer; if you need to rollback, you will most certainly have data loss.',
        '- Schedule: Dec 21, 2026, 10:00 PM (Europe/Lisbon)',
        '- Hosting: Self-managed, 2 zones × 2 front-ends',
        '- Publishing: Publish gradually after modules preparation',
        '',
        '## Before the upgrade',
        '',
        '- [ ] Every breaking change and side effect reviewed (1 of 9)',
        `- [ ] Fix done and tested: ${csp} (11.16.0, 6 h)`,
        '- [ ] Another environment upgraded and tested with the new version first',
        '- [ ] This checklist rehearsed in Pre-Production with the zero-downtime approach',
        '',
        '## Platform Server upgrade (zero-downtime)',
        '',
        '- [ ] Turn maintenance mode on, so LifeTime stops talking to the environment',
        '- [ ] Disable the front-end servers in Service Center',
        '- [ ] Upgrade the platform in the controller node',
        '- [ ] Disconnect half of the front-end servers in each zone at the load balancer',
        '- [ ] Upgrade those servers, then enable them in Service Center',
        '- [ ] Switch the active front-end servers in the load balancer to the upgraded ones',
        '- [ ] Upgrade the remaining front-end servers',
        '- [ ] Reconnect all servers to the load balancer',
        '- [ ] Turn maintenance mode off',
        '',
        '',
      ].join('\n'),
    );
    const after = markdown.split('## After the upgrade\n\n')[1] ?? '';
    expect(after).toContain('- [ ] Stage the applications from the environment upgraded before\n');
    expect(after).toContain('- [ ] Deploy All publishes every module in one go\n');
    expect(after).toContain('- [ ] Publish gradually, once modules preparation has finished\n');
    expect(after).toMatch(
      /- \[ \] New mobile builds distributed: The upgrade triggers over-the-air upgrades of /,
    );
    expect(after.trimEnd().split('\n').at(-1)).toBe(
      "- [ ] Test the applications' hot-points and check Service Center's Error Log",
    );
  });

  it('with downtime: the installer and Apply and Exit, not scheduled yet', async () => {
    const { plan, environments } = await northwind();
    const markdown = productionChecklistMarkdown(plan, environments);
    expect(markdown).toContain('Upgrade from 11.10.0 to 11.19.0.');
    expect(markdown).toContain('- Schedule: not scheduled yet\n');
    expect(markdown).toContain(
      '## Platform Server upgrade (downtime)\n\n- [ ] Turn maintenance mode on, so LifeTime stops talking to the environment\n- [ ] Run the Platform Server installer (installation checklist, upgrade option)\n- [ ] Apply and Exit: publish the latest Service Center and System Components, start modules preparation\n- [ ] Turn maintenance mode off\n',
    );
    expect(markdown).not.toContain('load balancer');
  });

  it('is empty for a plan without Production', async () => {
    const { plan, environments } = await northwind();
    const without = {
      ...plan,
      environments: plan.environments.filter((e) => e.role !== 'production'),
    };
    expect(productionChecklistMarkdown(without, environments)).toBe('');
  });
});
