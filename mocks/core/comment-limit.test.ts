import { ApplicationAccessUpdate } from '@/contract/applications';
import { COMMENT_TOO_LONG } from '@/contract/common';
import { endpoints } from '@/contract/endpoints';
import { AppVersionSwitchRequest } from '@/contract/self-hosted';
import { StartRollbackRequest, StartTemplateUpgradeRequest } from '@/contract/template-upgrades';
import { UpgradeRequest } from '@/contract/upgrades';
import { apiCall } from '@/lib/api-client';
import { api } from '@/testing/self-hosted-test-utils';
import { refusal } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

const long = 'x'.repeat(501);

describe('a comment over 500 characters', () => {
  it.each([
    ['UpgradeRequest', UpgradeRequest.shape.comment],
    ['AppVersionSwitchRequest', AppVersionSwitchRequest.shape.comment],
    ['StartTemplateUpgradeRequest', StartTemplateUpgradeRequest.shape.comment],
    ['StartRollbackRequest', StartRollbackRequest.shape.comment],
    ['ApplicationAccessUpdate', ApplicationAccessUpdate.shape.comment],
  ])('is refused by %s with the one message; 500 once trimmed pass', (_, comment) => {
    expect(comment.safeParse(long).error?.issues.map((i) => i.message)).toEqual([COMMENT_TOO_LONG]);
    expect(comment.safeParse(` ${'x'.repeat(500)} `).success).toBe(true);
  });

  it('is answered 422 with the message on the comment field, and nothing is done', async () => {
    const error = await refusal(
      api.switchTo('sh-004', { version: '5.1.0', direction: 'update', comment: long }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({ comment: COMMENT_TOO_LONG });

    const access = await refusal(
      apiCall(endpoints.updateApplicationAccess, {
        params: { applicationId: 'app-001' },
        body: {
          revision: 1,
          admins: { users: ['u-admin'], groups: [] },
          users: { users: [], groups: [] },
          comment: long,
        },
      }),
    );
    expect(access.fieldErrors).toEqual({ comment: COMMENT_TOO_LONG });
    expect(simulator.db.operations).toEqual([]);
    expect(simulator.db.access['app-001']?.revision).toBe(1);
  });
});
