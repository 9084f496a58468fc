import { screen, waitFor, within } from '@testing-library/react';
import { forgetDraftsInMemory } from '@/features/applications/upgrade/draft-storage';
import { faultMatrixSuite, type MatrixAction } from '@/testing/fault-matrix/fault-suite';
import { commentOf, FIRST_LOAD, SLOW } from '@/testing/fault-matrix/screen';
import { routes } from '../router';

const COMMENT_REFUSED = 'The server refused this comment.';

const manageAccess: MatrixAction = {
  name: 'Save Manage access',
  endpointId: 'updateApplicationAccess',
  fieldError: { field: 'comment', message: COMMENT_REFUSED },
  url: '/applications/app-001/access/manage',
  prepare: async ({ user }) => {
    // Label queries: role queries over four MUI Autocompletes are too slow in jsdom.
    const users = await screen.findByLabelText('Users', { selector: 'input' }, FIRST_LOAD);
    // The dialog frame of the loaded form replaces the one shown while loading: find it afresh.
    const dialog = () => screen.getByRole('dialog', { name: 'Manage access to invoice-approvals' });
    await user.type(users, 'ken');
    await user.click(await screen.findByRole('option', { name: 'Ken Watanabe' }, SLOW));
    await user.type(commentOf(dialog()), 'Ken joins the approvers');
    return {
      place: dialog,
      send: () => user.dblClick(within(dialog()).getByRole('button', { name: 'Save' })),
      kept: () => {
        expect(commentOf(dialog())).toHaveValue('Ken joins the approvers');
        expect(within(dialog()).getByRole('button', { name: 'Ken Watanabe' })).toBeVisible();
      },
      field: () => commentOf(dialog()),
    };
  },
  done: async () => {
    await waitFor(
      () =>
        expect(
          screen.queryByRole('dialog', { name: 'Manage access to invoice-approvals' }),
        ).toBeNull(),
      SLOW,
    );
  },
};

const readinessCheck: MatrixAction = {
  name: 'Start a readiness check',
  endpointId: 'startReadinessCheck',
  fieldError: { field: 'applicationId', message: 'invoice-approvals cannot be checked now.' },
  url: '/applications',
  prepare: async ({ user }) => {
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'Check upgrade readiness of invoice-approvals' },
        FIRST_LOAD,
      ),
    );
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Upgrade readiness: invoice-approvals' },
      SLOW,
    );
    return {
      place: () => dialog,
      send: () => user.dblClick(within(dialog).getByRole('button', { name: 'Run check' })),
      kept: () => expect(dialog).toBeInTheDocument(),
    };
  },
  done: async (ui) => {
    await waitFor(() => expect(ui.router.state.location.search).toMatch(/operation=/), SLOW);
  },
};

const upgrade: MatrixAction = {
  name: 'Start an application upgrade',
  endpointId: 'startUpgrade',
  fieldError: { field: 'comment', message: COMMENT_REFUSED },
  url: '/applications/app-004/upgrade/version',
  prepare: async ({ user }) => {
    await user.click(await screen.findByRole('radio', { name: /^Project version 3/ }, FIRST_LOAD));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Set admin and user access' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Configure connectors' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { name: 'Review the upgrade' }, SLOW);
    const step = () => {
      const paper = heading.closest('.MuiPaper-root');
      if (!(paper instanceof HTMLElement)) throw new Error('no step frame');
      return paper;
    };
    await user.type(commentOf(step()), 'Quarterly upgrade');
    return {
      place: step,
      send: () => user.dblClick(within(step()).getByRole('button', { name: 'Upgrade' })),
      kept: () => {
        expect(commentOf(step())).toHaveValue('Quarterly upgrade');
        expect(within(step()).getByRole('region', { name: 'Versions' })).toHaveTextContent(
          'Project version: 2 → 3',
        );
      },
      field: () => commentOf(step()),
    };
  },
  done: async (ui) => {
    await waitFor(() => expect(ui.router.state.location.pathname).toMatch(/\/progress$/), SLOW);
  },
};

const REVEAL = 'Reveal API_TOKEN of erp-connector';
const revealButton = () => screen.getByRole('button', { name: REVEAL });
/** The variable's row: the value, its toggle and why it was not revealed. */
const revealRow = () => {
  const row = revealButton().closest('tr');
  if (!row) throw new Error('no row around the reveal toggle');
  return row;
};

const revealSecret: MatrixAction = {
  name: 'Reveal a secret value',
  endpointId: 'revealApplicationSecrets',
  fieldError: { field: 'fields.0.key', message: 'API_TOKEN cannot be revealed here.' },
  url: '/applications/app-001/connectors',
  prepare: async ({ user }) => {
    await screen.findByRole('button', { name: REVEAL }, FIRST_LOAD);
    return {
      place: revealRow,
      // The toggle asks once; pressed again while it asks, it changes nothing.
      send: () => user.dblClick(revealButton()),
      kept: () => expect(within(revealRow()).queryByText('tok-app-001-c0de')).toBeNull(),
    };
  },
  // A toggle: the second press of the double click may have hidden the value again. Pressed
  // once more it shows the value it already has, without another (audited) read.
  done: async ({ user }) => {
    await waitFor(() => expect(revealButton()).toHaveAttribute('aria-busy', 'false'), SLOW);
    if (revealButton().getAttribute('aria-pressed') !== 'true') await user.click(revealButton());
    expect(await within(revealRow()).findByText('tok-app-001-c0de', {}, SLOW)).toBeVisible();
  },
};

// The wizard keeps a draft per person and application: start without one, leave none behind.
const forgetDrafts = () => {
  localStorage.clear();
  forgetDraftsInMemory();
};
beforeEach(forgetDrafts);
afterEach(forgetDrafts);

faultMatrixSuite(routes, 'applications', [upgrade, manageAccess, readinessCheck, revealSecret]);
