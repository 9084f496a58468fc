import { screen, waitFor, within } from '@testing-library/react';
import {
  eventually,
  faultMatrixSuite,
  type MatrixAction,
} from '@/testing/fault-matrix/fault-suite';
import { commentOf, FIRST_LOAD, SLOW } from '@/testing/fault-matrix/screen';
import { routes } from '../router';

const COMMENT_REFUSED = 'The server refused this comment.';

const PUBLISH = 'Publish a new version of spacetech-portal';
const publishDialog = () => screen.getByRole('dialog', { name: PUBLISH });
const versionField = () => within(publishDialog()).getByRole('textbox', { name: 'Version' });
const notesField = () => within(publishDialog()).getByRole('textbox', { name: 'Release notes' });

const publish: MatrixAction = {
  name: 'Publish a template version',
  endpointId: 'publishTemplateVersion',
  fieldError: { field: 'version', message: 'Version 1.1 is reserved for a hotfix.' },
  url: '/templates/tpl-spacetech-portal/publish',
  prepare: async ({ user }) => {
    // The dialog's frame shows before the form: wait for the field.
    await screen.findByRole('textbox', { name: 'Version' }, FIRST_LOAD);
    await user.type(versionField(), '1.1');
    await user.type(notesField(), 'Adds a cache in front of the API');
    return {
      place: publishDialog,
      send: () => user.dblClick(within(publishDialog()).getByRole('button', { name: 'Publish' })),
      kept: () => {
        expect(versionField()).toHaveValue('1.1');
        expect(notesField()).toHaveValue('Adds a cache in front of the API');
      },
      field: versionField,
    };
  },
  done: async () => {
    expect(await within(publishDialog()).findByRole('progressbar', {}, SLOW)).toBeInTheDocument();
  },
};

const UPGRADE_CONFIRM = 'Upgrade observability-prod to 1.12?';
const upgradeSection = () => screen.getByRole('region', { name: 'Upgrade' });

const templateUpgrade: MatrixAction = {
  name: 'Start a template upgrade',
  endpointId: 'startTemplateUpgrade',
  fieldError: { field: 'comment', message: COMMENT_REFUSED },
  url: '/installed-applications/ia-002/upgrade?to=1.12',
  prepare: async ({ user }) => {
    await screen.findByRole('region', { name: 'Upgrade' }, FIRST_LOAD);
    await user.type(commentOf(upgradeSection()), 'Alertmanager routes for the night shift');
    const chosen = within(upgradeSection()).getByText(/changed components chosen/).textContent;
    return {
      place: upgradeSection,
      // Upgrade on the page asks first; Upgrade in the confirmation sends.
      send: async () => {
        await user.click(within(upgradeSection()).getByRole('button', { name: 'Upgrade' }));
        const confirm = await screen.findByRole('dialog', { name: UPGRADE_CONFIRM }, SLOW);
        await user.dblClick(within(confirm).getByRole('button', { name: 'Upgrade' }));
      },
      kept: () => {
        expect(commentOf(upgradeSection())).toHaveValue('Alertmanager routes for the night shift');
        expect(within(upgradeSection()).getByText(/changed components chosen/)).toHaveTextContent(
          chosen,
        );
      },
      field: () => commentOf(upgradeSection()),
      // A failure closes the confirmation (a route change: its loader, then a render) and
      // tells it on the page, under the comment.
      settled: () =>
        eventually(
          () => expect(screen.queryByRole('dialog', { name: UPGRADE_CONFIRM })).toBeNull(),
          SLOW,
        ),
    };
  },
  done: async (ui) => {
    await waitFor(() => expect(ui.router.state.location.search).toMatch(/operation=/), SLOW);
  },
};

const ROLLBACK_CONFIRM = 'Roll back observability-prod?';
// Behind the open confirmation the page is hidden from assistive technology, but still there.
const rollbackForm = () => screen.getByRole('form', { name: 'Roll back', hidden: true });

const rollback: MatrixAction = {
  name: 'Start a rollback',
  endpointId: 'startTemplateRollback',
  fieldError: { field: 'comment', message: COMMENT_REFUSED },
  url: '/installed-applications/ia-002/upgrades/upg-seed-02/rollback',
  prepare: async ({ user }) => {
    const choice = await screen.findByRole('group', { name: 'Components to restore' }, FIRST_LOAD);
    await user.click(within(choice).getByRole('checkbox', { name: 'grafana' }));
    await screen.findByRole('button', { name: /^2 changed/ }, SLOW);
    await user.type(commentOf(rollbackForm(), { hidden: true }), 'Alerts paged twice');
    const confirm = () => screen.getByRole('dialog', { name: ROLLBACK_CONFIRM });
    return {
      place: confirm,
      // Roll back on the page asks first; a refused confirmation offers only Close.
      send: async () => {
        const open = screen.queryByRole('dialog', { name: ROLLBACK_CONFIRM });
        const yes = open && within(open).queryByRole('button', { name: 'Roll back' });
        if (open && !yes) {
          await user.click(within(open).getByRole('button', { name: 'Close' }));
          await waitFor(() => expect(open).not.toBeInTheDocument(), SLOW);
        }
        if (!yes) {
          await user.click(within(rollbackForm()).getByRole('button', { name: 'Roll back' }));
          await screen.findByRole('dialog', { name: ROLLBACK_CONFIRM }, SLOW);
        }
        await user.dblClick(within(confirm()).getByRole('button', { name: 'Roll back' }));
      },
      kept: () => {
        expect(commentOf(rollbackForm(), { hidden: true })).toHaveValue('Alerts paged twice');
        const boxes = within(rollbackForm()).getAllByRole('checkbox', { hidden: true });
        expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false, true]);
      },
      field: () => commentOf(rollbackForm(), { hidden: true }),
      // A refused comment closes the confirmation (a route change) and is told at the field.
      settled: async () => {
        if (commentOf(rollbackForm(), { hidden: true }).getAttribute('aria-invalid') !== 'true')
          return;
        await eventually(
          () => expect(screen.queryByRole('dialog', { name: ROLLBACK_CONFIRM })).toBeNull(),
          SLOW,
        );
      },
    };
  },
  done: async () => {
    expect(await screen.findByRole('heading', { name: 'Rolling back' }, SLOW)).toBeVisible();
  },
};

faultMatrixSuite(routes, 'template upgrades', [publish, templateUpgrade, rollback]);
