import type { AppVersionRefusalCode } from '@/contract/self-hosted';

/**
 * The words of every refusal of the version status machine: the simulator answers them as the
 * problem's title and detail, the console shows them beside an action it does not offer.
 */
type Facts = Record<string, string | undefined>;

const texts: Record<AppVersionRefusalCode, (f: Facts) => { title: string; message: string }> = {
  'unknown-version': (f) => ({
    title: 'Version not found',
    message: `No version ${f.version ?? ''} exists for this application.`,
  }),
  'switch-running': (f) => ({
    title: 'A version switch is already running',
    message: `The switch to ${f.to ?? ''} is still running; wait for it to finish.`,
  }),
  'is-active': (f) =>
    f.action === 'register'
      ? {
          title: 'This version is already active',
          message: `${f.version ?? ''} is the active version; register a newer or an earlier version to test.`,
        }
      : {
          title: 'This version is already active',
          message: `${f.version ?? ''} is already the active version.`,
        },
  'registration-running': (f) => ({
    title: 'The registration is still running',
    message: `${f.version ?? ''} is still being registered to test; wait for the registration to finish.`,
  }),
  'already-registered': (f) => ({
    title: 'This version is already registered for test',
    message: `${f.version ?? ''} is already registered for test: confirm it or withdraw its registration.`,
  }),
  'registration-exists': (f) => ({
    title: 'Another version is registered for test',
    message:
      f.otherStatus === 'registering'
        ? `${f.other ?? ''} is being registered to test. Only one version can be registered at a time: let it finish and withdraw its registration first.`
        : `${f.other ?? ''} is already registered for test. Only one version can be registered at a time: withdraw its registration first.`,
  }),
  'not-registered': (f) => ({
    title: 'This version is not registered for test',
    message: `${f.version ?? ''} is not registered for test; register it to test first.`,
  }),
  'wrong-direction': (f) =>
    f.asked === 'update'
      ? {
          title: 'Confirm Update is for newer versions',
          message: `${f.version ?? ''} is earlier than the active version ${f.active ?? ''}: use Confirm Reactivate to go back to it.`,
        }
      : {
          title: 'Confirm Reactivate is for earlier versions',
          message: `${f.version ?? ''} is newer than the active version ${f.active ?? ''}: use Confirm Update to move to it.`,
        },
  'out-of-order': (f) => ({
    title: 'Not possible in this state',
    message: `${f.event ?? ''} does not fit ${f.version ?? ''} while it is ${f.status ?? ''}.`,
  }),
};

export function refusalOf(code: AppVersionRefusalCode, facts: Facts) {
  return { code, ...texts[code](facts) };
}

/** The HTTP status the server answers each refusal with. */
export const refusalStatus: Record<AppVersionRefusalCode, 404 | 409 | 422> = {
  'unknown-version': 404,
  'switch-running': 409,
  'is-active': 422,
  'registration-running': 409,
  'already-registered': 409,
  'registration-exists': 409,
  'not-registered': 409,
  'wrong-direction': 422,
  'out-of-order': 409,
};
