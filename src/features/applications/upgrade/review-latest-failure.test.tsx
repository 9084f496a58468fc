import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import type { UpgradeDraft } from './draft-schema';
import { ReviewStep } from './review-step';
import { renderStep, wizardData } from './wizard-test-utils';

const REFUSED = 'The server refused this comment.';

describe('the review after a refusal', () => {
  it('says what the latest attempt met, not the refusal before it', async () => {
    const { app, draft } = await wizardData('app-004');
    const ready: UpgradeDraft = {
      ...draft,
      projectVersion: 3,
      comment: 'Quarterly',
      changed: true,
    };
    const { user } = renderStep(<ReviewStep />, app, ready);
    const upgrade = await screen.findByRole('button', { name: 'Upgrade' });

    simulator.setScenario({
      failure: {
        endpointId: 'startUpgrade',
        status: 422,
        errors: [{ field: 'comment', message: REFUSED }],
      },
    });
    await user.click(upgrade);
    expect(await screen.findByRole('alert')).toHaveTextContent(REFUSED);

    // Sent again as it was, it meets a server failure: that is what the person must read now.
    simulator.setScenario({ failure: { endpointId: 'startUpgrade', status: 500 } });
    await user.click(upgrade);
    await vi.waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The server failed to handle the request',
      ),
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('The upgrade was refused');
    // The comment still says where the refusal was, until it is changed.
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveAccessibleDescription(
      expect.stringContaining(REFUSED),
    );
    expect(simulator.db.operations).toEqual([]);
  });
});
