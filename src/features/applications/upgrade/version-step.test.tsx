import { screen, within } from '@testing-library/react';
import { renderStep, wizardData } from './wizard-test-utils';
import { VersionStep } from './version-step';

describe('the version step', () => {
  it('lists only released versions above the deployed one, with the resulting application version and connectors', async () => {
    const { app, draft } = await wizardData('app-001');
    const { user, drafts, steps } = renderStep(<VersionStep />, app, draft);
    const group = await screen.findByRole('radiogroup', {
      name: 'Released project version to upgrade to',
    });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(1);
    expect(group).toHaveTextContent('Project version 10 → application version 4');
    expect(group).toHaveTextContent('Connectors: erp-connector, email-connector');
    expect(screen.getByRole('heading', { name: 'Choose the version' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(steps).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('Pick the released project version');

    await user.click(screen.getByRole('radio', { name: /^Project version 10/ }));
    const chosen = drafts.at(-1);
    expect(chosen?.projectVersion).toBe(10);
    expect(chosen?.connectors.map((c) => [c.name, c.isNew])).toEqual([
      ['erp-connector', false],
      ['email-connector', true],
    ]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(steps).toEqual(['access']);
  });

  it('explains why a Helm-deployed application cannot be upgraded and offers no Next', async () => {
    const { app, draft } = await wizardData('app-003');
    renderStep(<VersionStep />, app, draft);
    expect(await screen.findByText(/was deployed with Helm/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
  });
});
