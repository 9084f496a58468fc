import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { commentOf, typeComment } from '@/testing/comment-test-utils';
import { choose, renderManageAccess } from '@/testing/access-test-utils';

const comment = () => screen.getByRole('textbox', { name: 'Comment (optional)' });

describe('Manage access: the comment', () => {
  it('counts as it is typed, keeps all 501 characters and refuses Save at the field', async () => {
    const { user, onClose } = await renderManageAccess();
    expect(comment()).toHaveAccessibleDescription(
      'Recorded with the change in the History tab. 0 of 500 characters',
    );
    await choose(user, 'Users', 'ken', 'Ken Watanabe');
    await typeComment(user, comment());

    expect(comment()).toHaveValue(commentOf(501));
    expect(comment()).toHaveAttribute('aria-invalid', 'true');
    expect(comment()).toHaveAccessibleDescription(
      'Keep the comment to 500 characters or fewer. 501 of 500 characters',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(comment()).toHaveFocus();
    expect(comment()).toHaveValue(commentOf(501));
    expect(onClose).not.toHaveBeenCalled();
    expect(simulator.db.access['app-001']?.revision).toBe(1);
  });
});
