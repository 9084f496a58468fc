import fc from 'fast-check';
import { applyDiff, DiffMismatchError } from './template-diff-apply';
import { diffTemplate } from './template-diff';
import { components } from '@/testing/template-component-test-utils';

describe('applyDiff', () => {
  it('round trip: applying diff(a, b) to a yields b', () => {
    fc.assert(
      fc.property(components, components, (a, b) => {
        expect(applyDiff(a, diffTemplate(a, b))).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it('round trip survives JSON, as the diff travels through the API', () => {
    fc.assert(
      fc.property(components, components, (a, b) => {
        const wire = JSON.parse(JSON.stringify(diffTemplate(a, b))) as ReturnType<
          typeof diffTemplate
        >;
        expect(applyDiff(a, wire)).toEqual(b);
      }),
    );
  });

  it('applies only the chosen components: the others stay as they were', () => {
    fc.assert(
      fc.property(components, components, fc.func(fc.boolean()), (a, b, choose) => {
        const diff = diffTemplate(a, b);
        const chosen = diff.components.filter((c) => choose(c.name)).map((c) => c.name);
        const result = applyDiff(a, diff, { only: chosen });
        const after = new Map(b.map((c) => [c.name, c]));
        const before = new Map(a.map((c) => [c.name, c]));
        for (const entry of diff.components) {
          const expected = (chosen.includes(entry.name) ? after : before).get(entry.name);
          expect(result.find((c) => c.name === entry.name)).toEqual(expected);
        }
        // The rest of the work is a second diff from the result, applied in full.
        expect(applyDiff(result, diffTemplate(result, b))).toEqual(b);
      }),
    );
  });

  it('refuses a diff made from other components', () => {
    fc.assert(
      fc.property(components, components, components, (a, b, c) => {
        const diff = diffTemplate(a, b);
        let applied: unknown;
        try {
          applied = applyDiff(c, diff);
        } catch (error) {
          expect(error).toBeInstanceOf(DiffMismatchError);
          return;
        }
        // When it does apply, c must have looked like a wherever the diff touched it.
        expect(applied).toEqual(applyDiff(c, diffTemplate(c, applied as typeof b)));
      }),
    );
    const [first] = fc.sample(
      components.filter((list) => list.length > 0),
      { numRuns: 1, seed: 7 },
    );
    if (!first) throw new Error('no sample');
    expect(() => applyDiff([], diffTemplate(first, first))).toThrow(DiffMismatchError);
  });
});
