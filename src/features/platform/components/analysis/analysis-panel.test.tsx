import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { newPlan, renderPlan, SLOW } from '../plan/render-plan';
import { AnalysisPanel } from './analysis-panel';

async function renderAnalysis(
  infrastructureId = 'northwind',
  to = '11.19.0',
  before?: (planId: string) => Promise<unknown>,
) {
  const plan = await newPlan(infrastructureId, to);
  await before?.(plan.id);
  const ui = renderPlan(plan.id, 'analysis', ({ plan: p }) => <AnalysisPanel plan={p} />);
  await screen.findByRole('heading', { level: 2, name: 'Breaking changes and side effects' }, SLOW);
  return { ...ui, plan };
}

const card = (title: string) => screen.getByRole('article', { name: title });
const summary = () => screen.getByText(/ reviewed · /);
const stored = (planId: string) => apiCall(endpoints.getUpgradePlan, { params: { planId } });

describe('Analysis', () => {
  it("lists every crossed release's notes, collapsed, and the changes grouped by version", async () => {
    const { user } = await renderAnalysis();
    const notes = await screen.findAllByRole('button', { name: /^11\.\d+\.\d+ Published / }, SLOW);
    expect(notes.map((b) => b.textContent.split('Published')[0])).toEqual([
      '11.11.3',
      '11.12.0',
      '11.14.0',
      '11.16.0',
      '11.18.0',
      '11.19.0',
    ]);
    const [, second] = notes;
    if (!second) throw new Error('no 11.12.0 release notes');
    expect(second).toHaveAttribute('aria-expanded', 'false');
    await user.click(second);
    expect(second).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByText('Modules preparation: publish applications gradually after the upgrade.'),
    ).toBeVisible();
    const groups = screen
      .getAllByRole('region', { name: /^Changes in / })
      .map((g) => within(g).getByRole('heading', { level: 3 }).textContent);
    expect(groups).toEqual([
      '11.11.3 · 1 change',
      '11.12.0 · 2 changes',
      '11.14.0 · 1 change',
      '11.16.0 · 2 changes',
      '11.18.0 · 1 change',
      '11.19.0 · 2 changes',
    ]);
    expect(summary()).toHaveTextContent(
      '0 of 9 reviewed · 0 need a fix · 0 hours of fixing estimated',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks a change reviewed, and one needing a fix with an estimate checked as typed', async () => {
    const { user, plan } = await renderAnalysis();
    const tls = card('TLS 1.0 and 1.1 are refused for outgoing calls');
    expect(within(tls).getByText('Not reviewed yet')).toBeVisible();
    await user.click(within(tls).getByRole('button', { name: 'Mark reviewed' }));
    expect(await within(tls).findByText(/^Reviewed by /, {}, SLOW)).toBeVisible();
    expect(within(tls).queryByRole('button', { name: 'Mark reviewed' })).toBeNull();

    const [csp] = (await stored(plan.id)).changes.filter((c) => c.id === 'bc-11.16.0-csp');
    const cspCard = card(csp?.title ?? '');
    await user.click(within(cspCard).getByRole('button', { name: 'Needs a fix…' }));
    const estimate = within(cspCard).getByRole('textbox', { name: 'Estimate (hours)' });
    expect(estimate).toHaveFocus();
    await user.type(estimate, 'six');
    expect(within(cspCard).getByText('Give a number of hours, such as 6 or 1.5.')).toBeVisible();
    await user.clear(estimate);
    await user.type(estimate, '1200');
    expect(within(cspCard).getByText(/^At most 1000 hours/)).toBeVisible();
    await user.clear(estimate);
    await user.type(estimate, '6');
    await user.type(
      within(cspCard).getByRole('textbox', { name: 'Note' }),
      'Inline scripts in Portal',
    );
    await user.click(within(cspCard).getByRole('button', { name: 'Save the estimate' }));
    expect(
      await within(cspCard).findByText(/^Needs a fix: 6 hours estimated by /, {}, SLOW),
    ).toBeVisible();
    expect(within(cspCard).getByText('Inline scripts in Portal')).toBeVisible();
    expect(within(cspCard).getByRole('button', { name: 'Change the estimate…' })).toHaveFocus();
    expect(summary()).toHaveTextContent(
      '2 of 9 reviewed · 1 needs a fix · 6 hours of fixing estimated',
    );
    const saved = (await stored(plan.id)).changes.find((c) => c.id === 'bc-11.16.0-csp');
    expect(saved).toMatchObject({
      review: 'needs-fix',
      estimateHours: 6,
      note: 'Inline scripts in Portal',
    });
  });

  it('filters to the unreviewed changes, keeping one reviewed meanwhile in view', async () => {
    const { user, router, plan } = await renderAnalysis('northwind', '11.19.0', (planId) =>
      apiCall(endpoints.reviewBreakingChange, {
        params: { planId, changeId: 'bc-11.11.3-tls' },
        body: { verdict: 'reviewed' },
      }),
    );
    expect(screen.getAllByRole('article')).toHaveLength(9);
    const filter = screen.getByRole('switch', { name: 'Unreviewed only' });
    await user.click(filter);
    expect(router.state.location.search).toBe('?show=unreviewed');
    expect(screen.getAllByRole('article')).toHaveLength(8);
    expect(screen.queryByRole('article', { name: /^TLS 1\.0/ })).toBeNull();

    const first = plan.changes.find((c) => c.id === 'bc-11.12.0-module-prep');
    const kept = card(first?.title ?? '');
    await user.click(within(kept).getByRole('button', { name: 'Mark reviewed' }));
    expect(await within(kept).findByText(/^Reviewed by /, {}, SLOW)).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(8);

    await user.click(filter);
    await user.click(filter);
    expect(screen.getAllByRole('article')).toHaveLength(7);
  });

  it('for 9.1 → 11, names LifeTime in the blockers with what to do, and lists changes of 10 and 11', async () => {
    await renderAnalysis('legacy', '11');
    const blockers = screen.getByRole('alert');
    expect(blockers).toHaveTextContent('2 things block this upgrade');
    expect(blockers).toHaveTextContent(/LifeTime is on 9\.1, behind 11/);
    expect(blockers).toHaveTextContent(/LifeTime is installed inside Production/);
    expect(blockers).toHaveTextContent(
      'What to do: Starting on version 11, LifeTime is only supported when installed in a dedicated environment.',
    );
    const groups = screen
      .getAllByRole('region', { name: /^Changes in / })
      .map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Changes in 10', 'Changes in 11']);
    expect(await screen.findAllByRole('button', { name: /^1[01] Published / }, SLOW)).toHaveLength(
      2,
    );
  });

  it('release notes that fail to load say so with a Retry; the changes stay usable', async () => {
    simulator.setScenario({ failure: { endpointId: 'listPlatformReleases', status: 500 } });
    const { user } = await renderAnalysis();
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The release notes could not be loaded');
    expect(screen.getAllByRole('article')).toHaveLength(9);
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findAllByRole('button', { name: /^11\.\d+\.\d+ Published / }, SLOW),
    ).toHaveLength(6);
  });

  it('a review that fails is said at the change with a Retry that saves it', async () => {
    const { user, plan } = await renderAnalysis();
    simulator.setScenario({ failure: { endpointId: 'reviewBreakingChange', status: 503 } });
    const tls = card('TLS 1.0 and 1.1 are refused for outgoing calls');
    await user.click(within(tls).getByRole('button', { name: 'Mark reviewed' }));
    const alert = await within(tls).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The review was not saved');
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(tls).findByText(/^Reviewed by /, {}, SLOW)).toBeVisible();
    expect((await stored(plan.id)).changes.find((c) => c.id === 'bc-11.11.3-tls')?.review).toBe(
      'reviewed',
    );
  });

  it('a viewer reads every change and its verdict, with nothing to mark', async () => {
    await renderAnalysis('northwind', '11.19.0', () => {
      simulator.signInAs('u-viewer');
      return Promise.resolve();
    });
    expect(screen.getAllByRole('article')).toHaveLength(9);
    expect(screen.queryByRole('button', { name: 'Mark reviewed' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Needs a fix…' })).toBeNull();
  });
});
