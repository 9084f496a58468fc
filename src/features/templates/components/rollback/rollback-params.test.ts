import {
  chosenComponents,
  parseRollbackParams,
  serializeRollbackParams,
  toggleComponent,
} from './rollback-params';

const all = ['alertmanager', 'grafana', 'prometheus'];

describe('rollback params', () => {
  it('chooses every restorable component by default', () => {
    const params = parseRollbackParams(new URLSearchParams(''));
    expect(params).toEqual({ components: null, confirm: false, operation: null });
    expect(chosenComponents(params, all)).toEqual(all);
  });

  it('keeps the choice in the record order and drops names it cannot restore', () => {
    const params = parseRollbackParams(new URLSearchParams('components=prometheus,redis,grafana'));
    expect(chosenComponents(params, all)).toEqual(['grafana', 'prometheus']);
  });

  it('tells an empty choice from the default', () => {
    const params = parseRollbackParams(new URLSearchParams('components='));
    expect(params.components).toEqual([]);
    expect(chosenComponents(params, all)).toEqual([]);
  });

  it('ignores malformed values', () => {
    const params = parseRollbackParams(
      new URLSearchParams('components=Grafana,../x,&confirm=yes&operation=<script>'),
    );
    expect(params).toEqual({ components: [], confirm: false, operation: null });
  });

  it('round-trips and keeps the view options it does not own', () => {
    const base = new URLSearchParams('view=inline&ws=ignore');
    const out = serializeRollbackParams(
      { components: ['grafana'], confirm: true, operation: 'op-00012' },
      base,
    );
    expect(out.get('view')).toBe('inline');
    expect(out.get('ws')).toBe('ignore');
    expect(parseRollbackParams(out)).toEqual({
      components: ['grafana'],
      confirm: true,
      operation: 'op-00012',
    });
    const back = serializeRollbackParams(
      { components: null, confirm: false, operation: null },
      out,
    );
    expect(back.toString()).toBe('view=inline&ws=ignore');
  });

  it('toggles one component and goes back to the default when all are ticked', () => {
    expect(toggleComponent(all, all, 'grafana', false)).toEqual(['alertmanager', 'prometheus']);
    expect(toggleComponent(['alertmanager', 'prometheus'], all, 'grafana', true)).toBeNull();
    expect(toggleComponent(['grafana'], all, 'grafana', false)).toEqual([]);
  });
});
