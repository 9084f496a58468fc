import { describe, expect, it } from 'vitest';
import { TemplateComponent } from '@/contract/templates';
import { diffTemplate } from '@/features/templates/template-diff';
import { generateTemplatePair } from './template-generator';

const shape = { components: 1000, fieldsPerComponent: 20, seed: 14 };

describe('generateTemplatePair', () => {
  const pair = generateTemplatePair(shape);

  it('builds the asked number of components, each with the asked number of fields', () => {
    expect(pair.before).toHaveLength(1000);
    for (const c of pair.before) {
      // image, tag, resources and probe, then one field per port, volume, dependency and variable.
      const fields =
        4 + c.ports.length + c.volumes.length + c.dependencies.length + Object.keys(c.env).length;
      expect(fields).toBe(20);
    }
  });

  it('gives components the contract accepts on both sides', () => {
    for (const c of [...pair.before, ...pair.after]) {
      expect(() => TemplateComponent.parse(c)).not.toThrow();
    }
  });

  it('mixes unchanged, changed, added and removed components as planned, and the diff agrees', () => {
    const { plan } = pair;
    expect(plan.changed).toBeGreaterThan(150);
    expect(plan.removed).toBeGreaterThan(25);
    expect(plan.added).toBe(50);
    expect(plan.unchanged).toBeGreaterThan(650);
    const diff = diffTemplate(pair.before, pair.after);
    expect(diff.summary).toEqual(plan);
    const edited = diff.components.filter((c) => c.change === 'changed');
    expect(new Set(edited.flatMap((c) => c.fields.map((f) => f.field))).size).toBeGreaterThan(6);
  });

  it('refuses a component too small to hold its fixed fields', () => {
    expect(() => generateTemplatePair({ ...shape, fieldsPerComponent: 8 })).toThrow(/at least 9/);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateTemplatePair(shape)).toEqual(pair);
    expect(generateTemplatePair({ ...shape, seed: 15 }).plan).not.toEqual(pair.plan);
  });
});
