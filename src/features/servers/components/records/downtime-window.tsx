import Typography from '@mui/material/Typography';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { absoluteTime } from '@/lib/format';
import { clockTime } from '../runbook/step-text';
import { downtimeText } from './record-words';

function At({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={absoluteTime(iso)}>
      {clockTime(iso)}
    </time>
  );
}

/** Seed: the server "will be unreachable" from `down` until `up`: measured, not estimated. */
export function DowntimeWindow({ upgrade }: { upgrade: ServerUpgrade }) {
  const { downAt, upAt } = upgrade;
  return (
    <SectionCard title="Unreachable window">
      {downAt === null ? (
        <Typography>
          {upgrade.status === 'completed'
            ? 'The server was never taken down.'
            : 'Nothing has taken the server down yet: that starts with down, after the downtime is confirmed.'}
        </Typography>
      ) : (
        <>
          <Typography sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
            {downtimeText(upgrade)}
          </Typography>
          <Typography>
            Down at <At iso={downAt} />
            {upAt === null ? (
              ': unreachable until up finishes.'
            ) : (
              <>
                , up again at <At iso={upAt} />.
              </>
            )}
          </Typography>
        </>
      )}
    </SectionCard>
  );
}
