import { diffTemplate } from '@/features/templates/template-diff';
import { median } from '../stats';
import { generateTemplatePair } from '../template-generator';

const CALLS = 50;
const WARM_UP = 5;

/** `diffTemplate` on 1,000 components × 20 fields, in this process (1× CPU): each call's ms. */
export function timeDiffTemplate(): { median: number; samples: number[]; summary: string } {
  const { before, after, plan } = generateTemplatePair({
    components: 1000,
    fieldsPerComponent: 20,
    seed: 14,
  });
  for (let i = 0; i < WARM_UP; i++) diffTemplate(before, after);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    diffTemplate(before, after);
    samples.push(performance.now() - started);
  }
  const summary = `${String(plan.changed)} changed, ${String(plan.added)} added, ${String(plan.removed)} removed, ${String(plan.unchanged)} unchanged`;
  return { median: median(samples) ?? 0, samples, summary };
}
