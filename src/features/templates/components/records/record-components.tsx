import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SectionCard } from '@/components/layout/section-card';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import { componentChangeLabels } from '../../upgrade-status';

const listSx = { m: 0, pl: 2.5, display: 'grid', gap: 0.5 } as const;

/** What the upgrade applied, component by component, and what it left out. */
export function RecordComponents({ record }: { record: UpgradeRecordDetail }) {
  return (
    <SectionCard title="Components">
      <div>
        <Typography component="h3" variant="subtitle1" id="upgraded-components">
          {record.status === 'failed'
            ? `Chosen, not applied: the upgrade failed (${String(record.components.length)})`
            : `Upgraded (${String(record.components.length)})`}
        </Typography>
        {record.components.length === 0 ? (
          <Typography color="textSecondary">None.</Typography>
        ) : (
          <Box component="ul" aria-labelledby="upgraded-components" sx={listSx}>
            {record.components.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> — {componentChangeLabels[c.change].toLowerCase()}
                {c.fromVersion && c.toVersion ? `, ${c.fromVersion} → ${c.toVersion}` : ''}
                {c.rolledBack ? ' (rolled back)' : ''}
              </li>
            ))}
          </Box>
        )}
      </div>
      <div>
        <Typography component="h3" variant="subtitle1" id="left-out-components">
          Left out ({record.leftOut.length})
        </Typography>
        {record.leftOut.length === 0 ? (
          <Typography color="textSecondary">
            {`None: every change of ${record.toVersion} was chosen.`}
          </Typography>
        ) : (
          <Box component="ul" aria-labelledby="left-out-components" sx={listSx}>
            {record.leftOut.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> — {c.change}, not upgraded
              </li>
            ))}
          </Box>
        )}
      </div>
    </SectionCard>
  );
}
