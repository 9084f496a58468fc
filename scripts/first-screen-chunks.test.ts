import { describe, expect, it } from 'vitest';
import { planFirstScreen, type ModuleEdges } from './first-screen-chunks';

/** A module graph: static imports before the bar, dynamic ones after it ("a b | c"). */
function graph(lines: Record<string, string>) {
  const modules = new Map<string, ModuleEdges>();
  for (const [id, line] of Object.entries(lines)) {
    const [statics = '', dynamics = ''] = line.split('|');
    const ids = (text: string) => text.split(' ').filter(Boolean);
    modules.set(id, { importedIds: ids(statics), dynamicallyImportedIds: ids(dynamics) });
  }
  return (id: string) => modules.get(id) ?? null;
}

describe('planFirstScreen', () => {
  const lookup = graph({
    main: 'react shell | list detail',
    shell: 'react router',
    list: 'table filters list-own | row-menu',
    detail: 'table tabs',
    filters: 'select',
    'row-menu': 'select menu',
  });
  const plan = planFirstScreen('main', 'list', lookup);

  it('puts what the first route shares with other lazy modules in its own chunk', () => {
    expect(plan.has('table')).toBe(true);
    expect(plan.has('select')).toBe(true);
  });

  it('leaves what the entry imports to the entry’s chunk', () => {
    for (const id of ['main', 'react', 'shell', 'router']) expect(plan.has(id)).toBe(false);
  });

  it('leaves the route, what only it uses and what it does not use to the automatic chunking', () => {
    for (const id of ['list', 'filters', 'list-own', 'detail', 'tabs', 'row-menu', 'menu']) {
      expect(plan.has(id)).toBe(false);
    }
  });

  it('never moves a module the entry loads to the route’s share', () => {
    const shared = planFirstScreen(
      'main',
      'list',
      graph({ main: 'react | list detail', list: 'react', detail: 'react' }),
    );
    expect(shared.has('react')).toBe(false);
  });
});
