import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { downloadText, fileSlug } from '@/lib/download-text';
import { productionChecklist, productionChecklistMarkdown } from './production-checklist';

const fileName = (infrastructure: Infrastructure) =>
  `${fileSlug(infrastructure.name, 'platform')}-production-checklist.md`;

/** What to rehearse in Pre-Production and do in Production, by strategy; exported as Markdown. */
export function ProductionChecklistView({
  applied,
  infrastructure,
}: {
  /** The plan with the unsaved choices: the checklist follows them. */
  applied: UpgradePlan;
  infrastructure: Infrastructure;
}) {
  const list = productionChecklist(applied, infrastructure.environments);
  if (!list) {
    return <Typography color="textSecondary">This plan has no Production environment.</Typography>;
  }
  return (
    <Stack spacing={1.5}>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {list.facts.map((fact) => (
          <Typography component="li" key={fact} variant="body2">
            {fact}
          </Typography>
        ))}
      </Box>
      {list.sections.map((section) => (
        <div key={section.title}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {section.title}
          </Typography>
          <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 2.5 }}>
            {section.items.map((item) => (
              <Typography component="li" key={item} variant="body2">
                {item}
              </Typography>
            ))}
          </Box>
        </div>
      ))}
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() =>
          downloadText(
            fileName(infrastructure),
            productionChecklistMarkdown(applied, infrastructure.environments, infrastructure.name),
          )
        }
      >
        Export as Markdown
      </Button>
    </Stack>
  );
}
