import { screen, waitFor, within } from '@testing-library/react';
import { versionRow } from '@/testing/versions-tab';
import type { ConsoleUi } from '@/testing/render-console';
import { faultMatrixSuite, type MatrixAction } from '@/testing/fault-matrix/fault-suite';
import { commentOf, FIRST_LOAD, SLOW } from '@/testing/fault-matrix/screen';
import { routes } from '../router';

interface VersionDialog {
  applicationId: string;
  version: string;
  /** The row's link that opens the dialog. */
  link: string;
  title: string;
  /** The dialog's button that sends. */
  button: string;
}

const tabOf = (d: VersionDialog) => `/my-applications/${d.applicationId}`;
const dialogOf = (d: VersionDialog) => () => screen.getByRole('dialog', { name: d.title });

/** Opens the dialog from its row, as a person does; closes the one left open by a refusal first. */
async function open({ user }: ConsoleUi, d: VersionDialog) {
  const left = screen.queryByRole('dialog', { name: d.title });
  if (left) {
    await user.click(within(left).getByRole('button', { name: /^(Cancel|Close)$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: d.title })).toBeNull(), SLOW);
  }
  await screen.findByRole('heading', { level: 3, name: d.version }, FIRST_LOAD);
  await user.click((await versionRow(d.version)).getByRole('link', { name: d.link }));
  await screen.findByRole('dialog', { name: d.title }, SLOW);
}

/** A dialog with nothing to type: only its button, which a refusal may turn off for good. */
function plainDialog(
  name: string,
  endpointId: MatrixAction['endpointId'],
  d: VersionDialog,
  fieldError: MatrixAction['fieldError'],
): MatrixAction {
  const dialog = dialogOf(d);
  const button = () => within(dialog()).getByRole('button', { name: d.button });
  return {
    name,
    endpointId,
    fieldError,
    url: tabOf(d),
    prepare: async (ui) => {
      await open(ui, d);
      return {
        place: dialog,
        send: () => ui.user.dblClick(button()),
        kept: () => expect(dialog()).toBeInTheDocument(),
        // Refused (4xx), its button stays off: closed and opened again, as a person would.
        ready: () =>
          screen.queryByRole('dialog', { name: d.title }) !== null &&
          !button().hasAttribute('disabled'),
      };
    },
    done: async () => {
      await waitFor(() => expect(screen.queryByRole('dialog', { name: d.title })).toBeNull(), SLOW);
    },
  };
}

const register = plainDialog(
  'Register to Test',
  'registerAppVersion',
  {
    applicationId: 'sh-001',
    version: '2.10.0',
    link: 'Register to Test',
    title: 'Register 2.10.0 to test?',
    button: 'Register to Test',
  },
  { field: 'version', message: '2.10.0 cannot be registered while its package is checked.' },
);

const withdraw = plainDialog(
  'Withdraw a registration',
  'withdrawAppVersionRegistration',
  {
    applicationId: 'sh-004',
    version: '5.1.0',
    link: 'Withdraw registration',
    title: 'Withdraw the registration of 5.1.0?',
    button: 'Withdraw registration',
  },
  { field: 'version', message: '5.1.0 is being tested and cannot be withdrawn yet.' },
);

/** Confirm Update / Confirm Reactivate: a summary, a comment, No and Yes. */
function confirmSwitch(name: string, d: VersionDialog): MatrixAction {
  const dialog = dialogOf(d);
  return {
    name,
    endpointId: 'startAppVersionSwitch',
    fieldError: { field: 'comment', message: 'The server refused this comment.' },
    url: tabOf(d),
    prepare: async (ui) => {
      await open(ui, d);
      const typed = `${d.link} after the demo`;
      await ui.user.type(commentOf(dialog()), typed);
      return {
        place: dialog,
        send: () => ui.user.dblClick(within(dialog()).getByRole('button', { name: 'Yes' })),
        kept: () => expect(commentOf(dialog())).toHaveValue(typed),
        field: () => commentOf(dialog()),
      };
    },
    done: async () => {
      await waitFor(() => expect(screen.queryByRole('dialog', { name: d.title })).toBeNull(), SLOW);
    },
  };
}

const confirmUpdate = confirmSwitch('Confirm Update', {
  applicationId: 'sh-004',
  version: '5.1.0',
  link: 'Confirm Update',
  title: 'Update to 5.1.0?',
  button: 'Yes',
});

const confirmReactivate = confirmSwitch('Confirm Reactivate', {
  applicationId: 'sh-005',
  version: '3.9.1',
  link: 'Confirm Reactivate',
  title: 'Reactivate 3.9.1?',
  button: 'Yes',
});

faultMatrixSuite(routes, 'self-hosted application versions', [
  register,
  withdraw,
  confirmUpdate,
  confirmReactivate,
]);
