import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { servers } from '@/testing/servers-test-utils';
import { ConfigurationStep } from './configuration-step';

export const SLOW = { timeout: 5000 };

/** The seed's project folder, as the server detail lists it. */
export const FILES = [
  { path: 'projects/spacetech/export', secret: false },
  { path: 'projects/spacetech/generated-secret.yaml', secret: true },
  { path: 'projects/spacetech/global.yaml', secret: false },
  { path: 'projects/spacetech/user-secret', secret: true },
];

/** 3.8.1's option, as the upgrade plan lists it. */
export const MONITOR = {
  key: 'monitor.enabled',
  description: 'Turns the monitor dashboards on.',
  example: 'monitor:\n  enabled: true',
  version: '3.8.1',
};

/** global.yaml as the simulator stores it for spacetech. */
export const storedYaml = () => servers.configuration('spacetech');

export function renderConfigurationStep(readOnly = false) {
  const onDone = vi.fn<(result: 'kept' | 'edited') => void>();
  const step = (
    <ConfigurationStep
      serverId="spacetech"
      files={FILES}
      newOptions={[MONITOR]}
      onDone={onDone}
      readOnly={readOnly}
    />
  );
  return { ...renderWithProviders(step), onDone };
}

export const editorNamed = (name: string) => screen.findByRole('textbox', { name }, SLOW);

/** The step with "Edit global.yaml" chosen, and its editor. */
export async function startEditing() {
  const view = renderConfigurationStep();
  await view.user.click(await screen.findByRole('radio', { name: 'Edit global.yaml' }, SLOW));
  return { ...view, editor: await editorNamed('global.yaml') };
}

export const saveButton = () => screen.getByRole('button', { name: 'Save global.yaml' });

/**
 * jsdom lays nothing out, and CodeMirror measures text ranges once a fresh editor is scrolled to
 * a line. Test files share globals, so the stand-in goes away with the file that asked for it.
 */
export function standInForTextRects() {
  beforeAll(() => {
    Object.defineProperty(Range.prototype, 'getClientRects', {
      configurable: true,
      value: () => [],
    });
  });
  afterAll(() => {
    Reflect.deleteProperty(Range.prototype, 'getClientRects');
  });
}
