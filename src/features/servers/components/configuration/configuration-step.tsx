import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { useServerConfiguration } from '../../api/get-server-configuration';
import type { NewConfigOption } from './configuration-text';
import { ConfigurationEditor } from './configuration-editor';
import { ConfigurationView } from './configuration-view';
import { NewOptions } from './new-options';
import { ProjectFilesList, type ProjectFiles } from './project-files';
import { useConfigurationDraft } from './use-configuration-draft';

export interface ConfigurationStepProps {
  serverId: string;
  /** The project's files, from the server detail; secret ones are listed, never shown. */
  files: ProjectFiles;
  /** The options the releases crossed add (the upgrade plan's `configOptions`). */
  newOptions: readonly NewConfigOption[];
  /** Called once global.yaml is kept as it is, or saved. */
  onDone: (result: 'kept' | 'edited') => void;
  /** Viewers: the YAML read-only, no choice and no buttons. */
  readOnly?: boolean;
}

/** Step 3 of the server upgrade: keep global.yaml (the seed's advice) or edit it. */
export function ConfigurationStep(props: ConfigurationStepProps) {
  const { serverId, files, newOptions, onDone, readOnly = false } = props;
  const { user } = useSignedInUser();
  const configuration = useServerConfiguration(serverId);
  const [draft, setDraft] = useConfigurationDraft(readOnly ? undefined : user?.id, serverId);
  const [asking, setAsking] = useState(false);
  const choiceId = useId();

  const choose = (choice: string) => {
    const current = configuration.data;
    if (choice === 'edit' && current && !draft) {
      setDraft({ yaml: current.yaml, revision: current.revision, changed: false });
    } else if (choice === 'keep' && draft) {
      if (draft.changed) setAsking(true);
      else setDraft(null);
    }
  };

  let body;
  if (configuration.isPending) {
    body = (
      <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
        <CircularProgress size={20} aria-hidden="true" />
        <span>Reading global.yaml…</span>
      </Stack>
    );
  } else if (configuration.isError) {
    body = (
      <PanelError
        error={configuration.error}
        onRetry={() => void configuration.refetch()}
        retrying={configuration.isFetching}
      />
    );
  } else if (readOnly) {
    body = <ConfigurationView configuration={configuration.data} newOptions={newOptions} />;
  } else {
    body = (
      <Stack spacing={2}>
        <Box>
          <FormLabel id={choiceId}>global.yaml</FormLabel>
          <RadioGroup
            aria-labelledby={choiceId}
            value={draft ? 'edit' : 'keep'}
            onChange={(event) => choose(event.target.value)}
          >
            <FormControlLabel value="keep" control={<Radio />} label="Keep as it is" />
            <FormControlLabel value="edit" control={<Radio />} label="Edit global.yaml" />
          </RadioGroup>
        </Box>
        {draft ? (
          <ConfigurationEditor
            serverId={serverId}
            current={configuration.data}
            draft={draft}
            onDraft={setDraft}
            newOptions={newOptions}
            onSaved={() => {
              setDraft(null);
              onDone('edited');
            }}
          />
        ) : (
          <>
            <NewOptions options={newOptions} />
            <Box>
              <Button variant="contained" onClick={() => onDone('kept')}>
                Keep global.yaml and continue
              </Button>
            </Box>
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack spacing={2}>
      <Typography>
        In most cases you don&apos;t need to change anything in your configuration. Edit global.yaml
        when a release brings an option you want, or for a minor change.
      </Typography>
      <ProjectFilesList files={files} />
      {body}
      <DiscardChangesDialog
        open={asking}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          setDraft(null);
        }}
      >
        Your edits to global.yaml will be lost, and it stays as it is on the server.
      </DiscardChangesDialog>
    </Stack>
  );
}
