import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { commentOf, typeComment } from '@/testing/comment-test-utils';
import { renderWithProviders } from '@/testing/render';
import { RollbackScreen } from './rollback-screen';

const SLOW = { timeout: 5000 };

describe('the comment of a rollback', () => {
  it('keeps all 501 characters, says so at the field and asks nothing more', async () => {
    const { user } = renderWithProviders(
      <RollbackScreen applicationId="ia-002" upgradeId="upg-seed-02" />,
      {
        url: '/installed-applications/ia-002/upgrades/upg-seed-02/rollback',
        path: '/installed-applications/:installedId/upgrades/:upgradeId/rollback',
      },
    );
    const comment = await screen.findByRole('textbox', { name: 'Comment (optional)' }, SLOW);
    expect(comment).toHaveAccessibleDescription(
      'Kept with the upgrade record. 0 of 500 characters',
    );
    await typeComment(user, comment);

    expect(comment).toHaveValue(commentOf(501));
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(
      'Keep the comment to 500 characters or fewer. 501 of 500 characters',
    );
    await user.click(screen.getByRole('button', { name: 'Roll back' }));
    expect(comment).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(simulator.db.operations).toEqual([]);
  });
});
