import type { PlatformEnvironment } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { absoluteTime } from '@/lib/format';
import { STRATEGY_TEXT } from '../../environment-rules';
import { checklistFor, executionStepsFor, publicationMethods } from '../../execution-rules';
import { frontEndsText, hostingLabels } from '../infrastructure/environment-words';
import { publishModeLabels } from '../plan/plan-words';

export interface ChecklistSection {
  title: string;
  items: string[];
}

export interface ProductionChecklist {
  environmentName: string;
  /** Strategy, schedule, hosting and how applications are published. */
  facts: string[];
  sections: ChecklistSection[];
}

const publicationText = {
  solution: 'Publish an all-modules solution\'s "Current Running Version"',
  stage: 'Stage the applications from the environment upgraded before',
  code: 'Code-based upgrade: fix, publish and test in Production itself',
  'deploy-all': 'Deploy All publishes every module in one go',
  gradual: 'Publish gradually, once modules preparation has finished',
} as const;

const MAINTENANCE_ON = 'Turn maintenance mode on, so LifeTime stops talking to the environment';
const MAINTENANCE_OFF = 'Turn maintenance mode off';

/**
 * The seed's pre-production checklist for Production: everything to rehearse in Pre-Production
 * and then execute in Production, following the chosen downtime or zero-downtime approach.
 * Null when the plan has no Production environment.
 */
export function productionChecklist(
  plan: UpgradePlan,
  environments: readonly PlatformEnvironment[],
): ProductionChecklist | null {
  const production = plan.environments.find((e) => e.role === 'production');
  if (!production) return null;
  const env = environments.find((e) => e.id === production.environmentId);
  const lifeTimeShared = plan.blockers.some((b) => b.code === 'lifetime-shared' && !b.resolved);
  const schedule = production.schedule
    ? `${absoluteTime(production.schedule.at, { timeZone: production.schedule.timeZone })} (${production.schedule.timeZone})`
    : 'not scheduled yet';
  const strategy = STRATEGY_TEXT[production.strategy];
  const fixes = plan.changes.filter((c) => c.review === 'needs-fix');
  const steps = executionStepsFor({
    ...production,
    lifeTimeShared,
    to: plan.to,
    modulePreparation: plan.publishMode === 'gradual',
  });
  const byHand = env ? checklistFor({ ...production, ...env, kind: production.kind }, plan.to) : [];
  return {
    environmentName: production.name,
    facts: [
      `Strategy: ${strategy.label}. ${strategy.consequence}`,
      `Schedule: ${schedule}`,
      `Hosting: ${hostingLabels[production.hosting]}${env ? `, ${frontEndsText(env.zones)}` : ''}`,
      `Publishing: ${publishModeLabels[plan.publishMode]}`,
    ],
    sections: [
      {
        title: 'Before the upgrade',
        items: [
          `Every breaking change and side effect reviewed (${String(plan.changes.filter((c) => c.review !== 'unreviewed').length)} of ${String(plan.changes.length)})`,
          ...fixes.map(
            (c) =>
              `Fix done and tested: ${c.title} (${c.version}, ${String(c.estimateHours ?? 0)} h)`,
          ),
          'Another environment upgraded and tested with the new version first',
          `This checklist rehearsed in Pre-Production with the ${strategy.label.toLowerCase()} approach`,
        ],
      },
      {
        title: `Platform Server upgrade (${strategy.label.toLowerCase()})`,
        items:
          production.hosting === 'self-managed'
            ? [MAINTENANCE_ON, ...steps.map((s) => s.title), MAINTENANCE_OFF]
            : steps.map((s) => s.title),
      },
      {
        title: 'After the upgrade',
        items: [
          ...publicationMethods(production.role, plan.to, plan.publishMode).map(
            (m) => publicationText[m],
          ),
          ...byHand.map((i) => `${i.label}: ${i.detail}`),
          "Test the applications' hot-points and check Service Center's Error Log",
        ],
      },
    ],
  };
}

/** The checklist as Markdown, to hand to whoever runs Production's upgrade. */
export function productionChecklistMarkdown(
  plan: UpgradePlan,
  environments: readonly PlatformEnvironment[],
  infrastructureName?: string,
): string {
  const list = productionChecklist(plan, environments);
  if (!list) return '';
  const what = infrastructureName ? `${infrastructureName} ` : '';
  const lines = [
    `# Pre-production checklist: ${list.environmentName}`,
    '',
    `Upgrade ${what}from ${plan.from} to ${plan.to}.`,
    '',
    ...list.facts.map((f) => `- ${f}`),
  ];
  for (const section of list.sections) {
    lines.push('', `## ${section.title}`, '', ...section.items.map((i) => `- [ ] ${i}`));
  }
  return `${lines.join('\n')}\n`;
}
