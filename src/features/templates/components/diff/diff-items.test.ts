import { diffTemplate } from '../../template-diff';
import { changeStops, diffItems, nextStop } from './diff-items';
import {
  defaultDiffViewOptions,
  parseDiffViewOptions,
  serializeDiffViewOptions,
} from './diff-view-options';

const c = (name: string, tag = '1') => ({
  name,
  image: name,
  tag,
  env: {},
  ports: [],
  volumes: [],
  dependencies: [],
  resources: { cpuMillicores: 100, memoryMiB: 128 },
  probe: null,
});

const diff = diffTemplate([c('a'), c('b'), c('gone')], [c('a', '2'), c('b'), c('new')]);

describe('diff items and change stops', () => {
  it('collapses unchanged components into one row by default and stops at every change', () => {
    const items = diffItems(diff, defaultDiffViewOptions);
    expect(items.map((i) => i.key)).toEqual(['a', 'gone', 'new', '@unchanged']);
    const stops = changeStops(items);
    expect(stops.map((s) => s.label)).toEqual(['a, image tag', 'gone, removed', 'new, added']);
    expect(nextStop(stops, -1, 1)).toBe(0);
    expect(nextStop(stops, 2, 1)).toBeNull();
    expect(nextStop(stops, 0, -1)).toBeNull();
  });

  it('filters by change type; a filter on unchanged lists them one by one', () => {
    const only = diffItems(diff, { ...defaultDiffViewOptions, filter: ['unchanged', 'added'] });
    expect(only.map((i) => i.key)).toEqual(['b', 'new']);
  });

  it('round-trips the view options through the URL, keeping other parameters', () => {
    const options = {
      view: 'inline' as const,
      ignoreWhitespace: true,
      filter: ['changed' as const, 'added' as const],
      showUnchanged: true,
      expanded: ['web'],
    };
    const url = serializeDiffViewOptions(options, new URLSearchParams('from=1.0&to=1.1'));
    expect(url.get('from')).toBe('1.0');
    expect(url.toString()).toContain('view=inline');
    expect(parseDiffViewOptions(url)).toEqual({ ...options, filter: ['added', 'changed'] });
    expect(parseDiffViewOptions(new URLSearchParams('view=bogus&filter=x,added'))).toEqual({
      ...defaultDiffViewOptions,
      filter: ['added'],
    });
  });
});
