import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { commentOf, typeComment } from '@/testing/comment-test-utils';
import { connectorsFor } from './create-draft';
import type { UpgradeDraft } from './draft-schema';
import { forgetDraftsInMemory, loadDraft, saveDraft } from './draft-storage';
import { ReviewStep } from './review-step';
import { renderStep, wizardData } from './wizard-test-utils';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';
const comment = () => screen.getByRole('textbox', { name: 'Comment (optional)' });

async function readyDraft() {
  const { app, draft } = await wizardData('app-001');
  const connectors = connectorsFor(app, 10, []).map((c) =>
    c.isNew ? { ...c, variablesText: SEED_JSON } : c,
  );
  const ready: UpgradeDraft = { ...draft, projectVersion: 10, connectors, changed: true };
  return { app, draft: ready };
}

describe('the review comment', () => {
  it('keeps all 501 characters, says so at the field and starts nothing', async () => {
    const { app, draft } = await readyDraft();
    const { user, steps } = renderStep(<ReviewStep />, app, draft);
    await screen.findByRole('region', { name: 'Connectors' });
    expect(comment()).toHaveAccessibleDescription(
      "Recorded in the application's history with the upgrade. 0 of 500 characters",
    );
    await typeComment(user, comment());

    expect(comment()).toHaveValue(commentOf(501));
    expect(comment()).toHaveAttribute('aria-invalid', 'true');
    expect(comment()).toHaveAccessibleDescription(
      'Keep the comment to 500 characters or fewer. 501 of 500 characters',
    );
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    expect(comment()).toHaveFocus();
    expect(steps).toEqual([]);
    expect(simulator.db.operations).toEqual([]);
  });

  it('a draft with a long comment survives a reload', async () => {
    const { app, draft } = await readyDraft();
    const now = Date.parse('2026-11-02T09:00:00.000Z');
    saveDraft('u-admin', { ...draft, comment: commentOf(501) }, now);
    forgetDraftsInMemory();
    expect(loadDraft('u-admin', app, now)?.comment).toBe(commentOf(501));
  });
});
