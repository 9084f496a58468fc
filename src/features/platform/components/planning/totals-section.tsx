import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { DescriptionList } from '@/components/layout/description-list';
import type { UpgradePlan } from '@/contract/platform-plans';
import { paths } from '@/config/paths';
import { estimateTotal } from '../../plan-rules';

const plural = (n: number, one: string, other: string) => `${String(n)} ${n === 1 ? one : other}`;

/** What the plan adds up to: the hours of fixing from Analysis, what is scheduled and how. */
export function TotalsSection({ applied }: { applied: UpgradePlan }) {
  const fixes = applied.changes.filter((c) => c.review === 'needs-fix').length;
  const unreviewed = applied.changes.filter((c) => c.review === 'unreviewed').length;
  const scheduled = applied.environments.filter((e) => e.schedule !== null).length;
  const zeroDowntime = applied.environments
    .filter((e) => e.kind === 'application' && e.strategy === 'zero-downtime')
    .map((e) => e.name);
  return (
    <DescriptionList
      items={[
        {
          term: 'Code fixing',
          value: (
            <>
              {`${plural(estimateTotal(applied.changes), 'hour', 'hours')} estimated for ${plural(fixes, 'change', 'changes')} needing a fix`}
              {unreviewed > 0 ? (
                <>
                  {`; ${plural(unreviewed, 'change', 'changes')} not reviewed yet in `}
                  <Link
                    component={RouterLink}
                    to={paths.platform.plan.href(applied.id, 'analysis')}
                  >
                    Analysis
                  </Link>
                </>
              ) : null}
            </>
          ),
        },
        {
          term: 'Scheduled',
          value: `${String(scheduled)} of ${plural(applied.environments.length, 'environment', 'environments')}`,
        },
        {
          term: 'Zero-downtime',
          value:
            zeroDowntime.length > 0
              ? zeroDowntime.join(', ')
              : 'None: every environment with downtime',
        },
      ]}
    />
  );
}
