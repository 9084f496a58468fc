import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { UpgradePlan } from '@/contract/platform-plans';
import { ChangeCard } from './change-card';
import { ReviewSummary } from './review-summary';

const FILTER = 'show';
const UNREVIEWED = 'unreviewed';

const unreviewedIds = (plan: UpgradePlan): ReadonlySet<string> =>
  new Set(plan.changes.filter((c) => c.review === 'unreviewed').map((c) => c.id));

/** The merged breaking changes and side effects of every crossed version, grouped by version. */
export function ChangesSection({ plan }: { plan: UpgradePlan }) {
  const [search, setSearch] = useSearchParams();
  const unreviewedOnly = search.get(FILTER) === UNREVIEWED;
  // Reviewed while the filter is on: kept in view, so the card and focus don't vanish mid-task.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => unreviewedIds(plan));
  const setFilter = (on: boolean) => {
    setKept(unreviewedIds(plan));
    const next = new URLSearchParams(search);
    if (on) next.set(FILTER, UNREVIEWED);
    else next.delete(FILTER);
    setSearch(next, { replace: true });
  };
  const shown = plan.changes.filter(
    (c) => !unreviewedOnly || c.review === 'unreviewed' || kept.has(c.id),
  );
  const versions = plan.crossed.filter((v) => shown.some((c) => c.version === v));

  return (
    <Stack spacing={2}>
      <ReviewSummary changes={plan.changes} />
      <FormControlLabel
        control={<Switch checked={unreviewedOnly} onChange={(e) => setFilter(e.target.checked)} />}
        label="Unreviewed only"
      />
      {plan.changes.length === 0 ? (
        <Typography color="textSecondary">
          The crossed releases bring no breaking change or side effect.
        </Typography>
      ) : versions.length === 0 ? (
        <Typography color="textSecondary">Every change has been reviewed.</Typography>
      ) : (
        versions.map((version) => {
          const changes = shown.filter((c) => c.version === version);
          return (
            <Stack
              component="section"
              key={version}
              spacing={1}
              aria-label={`Changes in ${version}`}
            >
              <Typography component="h3" variant="h3">
                {`${version} · ${String(changes.length)} ${changes.length === 1 ? 'change' : 'changes'}`}
              </Typography>
              {changes.map((change) => (
                <ChangeCard key={change.id} planId={plan.id} change={change} />
              ))}
            </Stack>
          );
        })
      )}
    </Stack>
  );
}
