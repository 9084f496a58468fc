import { useState } from 'react';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '@/components/layout/section-card';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { paths } from '@/config/paths';
import { offerChangesText, offerLabel } from '../../upgrade-offers';

const reviewSearch = (to: string) => `?${new URLSearchParams({ to }).toString()}`;

/**
 * Upgrade management: the versions it can be upgraded to, each with what it would change (the
 * server's upgrade diff); choose one, then review its changes.
 */
export function UpgradeTargets({ app }: { app: InstalledApplicationDetail }) {
  const targets = app.upgradableVersions;
  const [chosen, setChosen] = useState(targets[0] ?? '');
  const to = targets.includes(chosen) ? chosen : (targets[0] ?? '');
  const labelId = `upgrade-targets-${app.id}`;
  return (
    <SectionCard title="Can be upgraded to">
      {targets.length === 0 ? (
        <Typography>
          {`Up to date: ${app.version} is the latest version of ${app.template.name}, and every component runs it.`}
        </Typography>
      ) : (
        <>
          <FormControl>
            <FormLabel id={labelId}>Version to upgrade to</FormLabel>
            <RadioGroup
              aria-labelledby={labelId}
              value={to}
              onChange={(e) => setChosen(e.target.value)}
            >
              {app.upgradeOffers.map((offer) => {
                const describedBy = `${labelId}-${offer.version}`;
                return (
                  <div key={offer.version}>
                    <FormControlLabel
                      value={offer.version}
                      control={<Radio slotProps={{ input: { 'aria-describedby': describedBy } }} />}
                      label={offerLabel(offer, app)}
                    />
                    <Typography
                      id={describedBy}
                      variant="body2"
                      color="textSecondary"
                      sx={{ pl: 4, mt: -0.75, mb: 0.5 }}
                    >
                      {offerChangesText(offer)}
                    </Typography>
                  </div>
                );
              })}
            </RadioGroup>
          </FormControl>
          <Button
            component={RouterLink}
            to={paths.installed.upgrade.href(app.id, reviewSearch(to))}
            variant="contained"
            sx={{ alignSelf: 'flex-start' }}
          >
            Review changes
          </Button>
          <Typography variant="body2" color="textSecondary">
            {`Shows what ${to} changes in ${app.name}, component by component, before anything is upgraded.`}
            {app.currentUpgrade
              ? ` Another upgrade can start once the ${app.currentUpgrade.kind} running now has finished.`
              : ''}
          </Typography>
        </>
      )}
    </SectionCard>
  );
}
