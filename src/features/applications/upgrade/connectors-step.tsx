import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { shortName } from '@/contract/connector-variables';
import type { ConnectorDraft } from './draft-schema';
import { connectorErrors, serverErrorsOf } from './step-errors';
import { ConnectorCard } from './connector-card';
import { StepHeading } from './step-heading';
import { useWizard } from './wizard-context';
import { WizardNav } from './wizard-nav';

/**
 * Errors of connector `i` by field ("connectors.1.variables" → variables). A server error about
 * one variable ("connectors.1.variables.EMAIL_PORT") shows at the editor, naming the variable.
 */
function errorsOf(all: Record<string, string>, i: number): Record<string, string | undefined> {
  const prefix = `connectors.${String(i)}.`;
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(all)) {
    if (!field.startsWith(prefix)) continue;
    const [name = '', ...rest] = field.slice(prefix.length).split('.');
    errors[name] ??= rest.length > 0 ? `${shortName(rest.join('.'))}: ${message}` : message;
  }
  return errors;
}

/** Step 3: every deployed connector and each new one the target version declares. */
export function ConnectorsStep() {
  const { app, draft, change } = useWizard();
  const server = serverErrorsOf(draft, 'connectors');
  const local = connectorErrors(draft);
  const errors = { ...server, ...local };
  const update = (i: number, patch: Partial<ConnectorDraft>) =>
    change('connectors', {
      connectors: draft.connectors.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    });

  return (
    <>
      <StepHeading>Configure connectors</StepHeading>
      <Stack spacing={2}>
        {server.connectors && <Alert severity="error">{server.connectors}</Alert>}
        {draft.connectors.length === 0 && (
          <Alert severity="info">This version uses no connectors.</Alert>
        )}
        {draft.connectors.map((connector, i) => (
          <ConnectorCard
            applicationId={app.id}
            key={`${String(i)}-${connector.isNew ? 'new' : 'deployed'}`}
            connector={connector}
            errors={errorsOf(errors, i)}
            onChange={(patch) => update(i, patch)}
          />
        ))}
      </Stack>
      <WizardNav step="connectors" errors={local} />
    </>
  );
}
