import {
  chosenUpgradeComponents,
  parseUpgradePageParams,
  serializeUpgradePageParams,
  toggleUpgradeComponent,
} from './upgrade-page-params';

const changed = ['redis', 'web', 'worker'];
const preselected = ['redis', 'web'];

describe('upgrade page params', () => {
  it('chooses the server preselection by default', () => {
    const params = parseUpgradePageParams(new URLSearchParams('to=1.1'));
    expect(params).toMatchObject({ to: '1.1', components: null, confirm: false, operation: null });
    expect(chosenUpgradeComponents(params.components, changed, preselected)).toEqual(preselected);
  });

  it('keeps the choice in the diff order, drops what does not change, tells empty from default', () => {
    const params = parseUpgradePageParams(new URLSearchParams('components=worker,mysql,redis'));
    expect(chosenUpgradeComponents(params.components, changed, preselected)).toEqual([
      'redis',
      'worker',
    ]);
    const none = parseUpgradePageParams(new URLSearchParams('components='));
    expect(none.components).toEqual([]);
    expect(chosenUpgradeComponents(none.components, changed, preselected)).toEqual([]);
  });

  it('ignores malformed values', () => {
    const params = parseUpgradePageParams(new URLSearchParams('components=Web,../x,&confirm=yes'));
    expect(params.components).toEqual([]);
    expect(params.confirm).toBe(false);
  });

  it('goes back to the default when the preselection is ticked again', () => {
    expect(toggleUpgradeComponent(preselected, changed, preselected, 'redis', false)).toEqual([
      'web',
    ]);
    expect(toggleUpgradeComponent(['web'], changed, preselected, 'redis', true)).toBeNull();
    expect(toggleUpgradeComponent(preselected, changed, preselected, 'worker', true)).toEqual(
      changed,
    );
  });

  it('round-trips and keeps parameters it does not own', () => {
    const base = new URLSearchParams('to=1.1&other=x');
    const params = { ...parseUpgradePageParams(base), components: ['web'], confirm: true };
    const next = serializeUpgradePageParams(params, base);
    expect(next.get('other')).toBe('x');
    expect(parseUpgradePageParams(next)).toEqual(params);
    const cleared = serializeUpgradePageParams(
      { ...params, components: null, confirm: false },
      next,
    );
    expect(cleared.has('components')).toBe(false);
    expect(cleared.has('confirm')).toBe(false);
  });
});
