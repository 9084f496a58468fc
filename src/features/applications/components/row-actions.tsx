import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { Link } from 'react-router';
import type { ApplicationSummary } from '@/contract/applications';
import { paths } from '@/config/paths';

/** Per-row actions; the table renders this only for people allowed to run them. */
export function RowActions({ app, search }: { app: ApplicationSummary; search: string }) {
  return (
    <Tooltip title="Check upgrade readiness">
      <IconButton
        component={Link}
        to={paths.applications.readinessCheck.href(app.id, search)}
        size="small"
        aria-label={`Check upgrade readiness of ${app.name}`}
      >
        <FactCheckOutlinedIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
