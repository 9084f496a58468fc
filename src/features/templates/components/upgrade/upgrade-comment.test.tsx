import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { commentOf, typeComment } from '@/testing/comment-test-utils';
import { renderWithProviders } from '@/testing/render';
import { UpgradeDetailsScreen } from './upgrade-details-screen';

const SLOW = { timeout: 5000 };

describe('the comment of a template upgrade', () => {
  it('keeps all 501 characters, says so at the field and asks nothing more', async () => {
    const { user } = renderWithProviders(<UpgradeDetailsScreen applicationId="ia-005" />, {
      url: '/installed-applications/ia-005/upgrade',
      path: '/installed-applications/:installedId/upgrade',
    });
    const comment = await screen.findByRole('textbox', { name: 'Comment (optional)' }, SLOW);
    expect(comment).toHaveAccessibleDescription('Kept in the upgrade record. 0 of 500 characters');
    await typeComment(user, comment);

    expect(comment).toHaveValue(commentOf(501));
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(
      'Keep the comment to 500 characters or fewer. 501 of 500 characters',
    );
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    expect(comment).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(simulator.db.operations).toEqual([]);
  });
});
