import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AppVersion, SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { switchFacts } from './switch-facts';

/** From → to, users, tenants and roles, as a description list. */
export function SwitchSummary({ app, to }: { app: SelfHostedApplicationDetail; to: AppVersion }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1.25 },
      }}
    >
      {switchFacts(app, to).map((fact) => (
        <Box key={fact.term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="subtitle2" sx={{ mt: { xs: 1, sm: 0 } }}>
            {fact.term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {fact.text}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
