import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { outOfTheBoxConnectors } from '../connectors';
import type { ConnectorDraft } from './draft-schema';
import { DeployedSecrets } from './deployed-secrets';
import { VariablesEditor } from './variables-editor';

interface Props {
  applicationId: string;
  connector: ConnectorDraft;
  /** Errors of this connector by field: name, image, variables. */
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<ConnectorDraft>) => void;
}

/** One connector: custom ones take a name and image URL; out-of-the-box ones are locked. */
export function ConnectorCard({ applicationId, connector, errors, onChange }: Props) {
  const ootb = connector.type ? outOfTheBoxConnectors[connector.type] : undefined;
  const locked = connector.kind === 'out-of-the-box';
  const lockedHelp = 'Set automatically for out-of-the-box connectors.';
  const title = connector.name || 'New connector';
  const required = ootb?.requiredVariables.join(' and ');
  return (
    <Paper variant="outlined" component="section" aria-label={`Connector ${title}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h3">{title}</Typography>
        <Chip
          size="small"
          label={locked ? `Out-of-the-box${ootb ? `: ${ootb.label}` : ''}` : 'Custom'}
        />
        {connector.isNew && <Chip size="small" color="primary" label="New in this version" />}
      </Stack>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={`Name of ${title}`}
            value={connector.name}
            onChange={(e) => onChange({ name: e.target.value })}
            error={Boolean(errors.name)}
            helperText={
              errors.name ?? (locked ? lockedHelp : 'Lowercase letters, digits, hyphens.')
            }
            slotProps={{ input: { readOnly: locked } }}
            fullWidth
          />
          <TextField
            label={`Image of ${title}`}
            value={connector.image}
            onChange={(e) => onChange({ image: e.target.value })}
            error={Boolean(errors.image)}
            helperText={
              errors.image ??
              (locked ? lockedHelp : 'e.g. registry.example.com/team/connector:1.2.0')
            }
            slotProps={{ input: { readOnly: locked } }}
            fullWidth
          />
        </Stack>
        <VariablesEditor
          label={`Variables of ${title}`}
          value={connector.variablesText}
          onChange={(variablesText) => onChange({ variablesText })}
          error={errors.variables}
          helperText={
            required
              ? `A JSON object of strings; needs ${required}.`
              : 'A JSON object of strings, e.g. {"SERVICE_URL":"https://…"}.'
          }
        />
        {!connector.isNew && (
          <DeployedSecrets
            applicationId={applicationId}
            connector={connector.name}
            variablesText={connector.variablesText}
          />
        )}
      </Stack>
    </Paper>
  );
}
