import Stack from '@mui/material/Stack';
import type { UpgradePlan } from '@/contract/platform-plans';
import { BlockersAlert } from './blockers-alert';
import { ChangesSection } from './changes-section';
import { ReleaseNotes } from './release-notes';
import { PhaseSection } from '../plan/phase-section';

/** Analysis and preparation: what stands in the way, what the releases bring, what it breaks. */
export function AnalysisPanel({ plan }: { plan: UpgradePlan }) {
  return (
    <Stack spacing={3} sx={{ pt: 2, minWidth: 0 }}>
      <BlockersAlert blockers={plan.blockers} />
      <PhaseSection
        title="What's new and release notes"
        intro={`Every release from ${plan.from} to ${plan.to}: new features, improvements, security and bug fixes.`}
      >
        <ReleaseNotes from={plan.from} to={plan.to} />
      </PhaseSection>
      <PhaseSection
        title="Breaking changes and side effects"
        intro="Read every one the upgrade crosses and mark it reviewed, or needing a fix with the hours it takes: planning adds them up."
      >
        <ChangesSection plan={plan} />
      </PhaseSection>
    </Stack>
  );
}
