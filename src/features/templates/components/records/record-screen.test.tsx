import { screen, within } from '@testing-library/react';
import { api, finished, upgrade } from '@/testing/templates-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { renderWithProviders } from '@/testing/render';
import { RecordScreen } from './record-screen';

const SLOW = { timeout: 5000 };

/** 1.1 published; spacetech-portal-copy upgraded without web, then web: two records. */
async function partialThenCompleted() {
  const clock = simulatedClock();
  const publish = await api.publish('tpl-spacetech-portal', {
    revision: 1,
    version: '1.1',
    notes: '',
  });
  await finished(publish.id, clock);
  await finished((await upgrade('ia-001', '1.1', ['redis'])).id, clock);
  await finished((await upgrade('ia-001', '1.1', ['web'])).id, clock);
  const [completing, partial] = (await api.records('ia-001')).items;
  if (!completing || !partial) throw new Error('expected two upgrade records');
  return { completing: completing.id, partial: partial.id };
}

/** The Rollback card (a section under its h2). */
async function rollbackSection() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Rollback' }, SLOW);
  const section = heading.closest('section');
  if (!section) throw new Error('the Rollback heading is not in a section');
  return section;
}

function renderRecord(upgradeId: string) {
  return renderWithProviders(<RecordScreen applicationId="ia-001" upgradeId={upgradeId} />, {
    url: `/installed-applications/ia-001/upgrades/${upgradeId}`,
  });
}

describe('an upgrade record', () => {
  it('that completed a partial upgrade says where its rollback takes each component', async () => {
    const { completing } = await partialThenCompleted();
    const preview = await api.rollbackPreview('ia-001', completing);
    const web = preview.diff.components.find((c) => c.name === 'web');
    // What the rollback does: web goes back to the definition it ran before, 1.0's.
    expect(web?.after?.env).not.toHaveProperty('REDIS_HOST');
    renderRecord(completing);
    const section = await rollbackSection();
    expect(section).toHaveTextContent('A rollback restores web to 1.0.');
    expect(section).not.toHaveTextContent('to 1.1');
  });

  it('of the partial upgrade before it says it can no longer be rolled back', async () => {
    const { partial } = await partialThenCompleted();
    renderRecord(partial);
    const section = await rollbackSection();
    expect(
      within(section).getByText('Only the most recent upgrade can be rolled back'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Roll back' })).not.toBeInTheDocument();
  });
});
