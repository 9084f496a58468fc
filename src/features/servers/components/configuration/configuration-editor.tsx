import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import { CodeEditor, type CodeEditorHandle } from '@/components/form/code-editor';
import type { ServerConfiguration } from '@/contract/server-upgrades';
import { lintYaml, yamlProblemMessage } from '../../yaml-lint';
import { ConfigurationConflict } from './configuration-conflict';
import { insertOption, type NewConfigOption } from './configuration-text';
import { NewOptions } from './new-options';
import type { ConfigurationDraft } from './use-configuration-draft';
import { useSaveConfiguration } from './use-save-configuration';
import { yamlDiagnostics, yamlLanguage } from './yaml-diagnostics';

interface Props {
  serverId: string;
  /** global.yaml as last read from the server. */
  current: ServerConfiguration;
  draft: ConfigurationDraft;
  onDraft: (draft: ConfigurationDraft) => void;
  newOptions: readonly NewConfigOption[];
  onSaved: () => void;
}

function problemText(yaml: string): string | undefined {
  const issues = lintYaml(yaml);
  const [first] = issues;
  if (!first) return undefined;
  const more = issues.length - 1;
  const rest = more > 0 ? ` (${String(more)} more marked in the editor)` : '';
  return `${yamlProblemMessage(first)}${rest}`;
}

/** global.yaml in a YAML editor with inline lint, the new options beside it, and Save. */
export function ConfigurationEditor(props: Props) {
  const { serverId, current, draft, onDraft, newOptions, onSaved } = props;
  const editor = useRef<CodeEditorHandle>(null);
  const saving = useSaveConfiguration(serverId, editor, onSaved);
  const checked = useDeferredValue(draft.yaml);
  const problem = useMemo(() => problemText(checked), [checked]);
  const edit = (yaml: string) => onDraft({ ...draft, yaml, changed: true });
  const inConflict = saving.conflictAt !== null;
  const wasInConflict = useRef(false);
  useEffect(() => {
    // Back from a conflict the editor is new: focus goes to it.
    if (!inConflict && wasInConflict.current) saving.refocus();
    wasInConflict.current = inConflict;
  }, [inConflict, saving]);

  const failure = saving.failure ? (
    <PanelError
      error={saving.failure}
      onRetry={() => saving.save(draft.yaml, draft.revision)}
      retrying={saving.saving}
    />
  ) : null;

  if (saving.conflictAt !== null) {
    if (current.revision < saving.conflictAt) {
      return (
        <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
          <CircularProgress size={20} aria-hidden="true" />
          <span>Someone else changed global.yaml meanwhile: reading their version…</span>
        </Stack>
      );
    }
    return (
      <Stack spacing={2}>
        <ConfigurationConflict
          theirs={current}
          mine={draft.yaml}
          saving={saving.saving}
          onKeepMine={() => {
            // Theirs has been seen: from now on this text replaces their revision.
            onDraft({ ...draft, revision: current.revision });
            saving.save(draft.yaml, current.revision);
          }}
          onUseTheirs={() => {
            onDraft({ yaml: current.yaml, revision: current.revision, changed: false });
            saving.endConflict();
          }}
        />
        {failure}
      </Stack>
    );
  }

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
        <CodeEditor
          ref={editor}
          label="global.yaml"
          value={draft.yaml}
          onChange={edit}
          language={yamlLanguage}
          lint={yamlDiagnostics}
          error={saving.refusalOf(draft.yaml) ?? problem}
          helperText='Settings as "key: value" lines, indented with spaces.'
        />
        <NewOptions
          options={newOptions}
          yaml={draft.yaml}
          onInsert={(option) => edit(insertOption(draft.yaml, option.example))}
        />
      </Box>
      {failure}
      <Box>
        <Button
          variant="contained"
          loading={saving.saving}
          onClick={() => saving.save(draft.yaml, draft.revision)}
        >
          Save global.yaml
        </Button>
      </Box>
    </Stack>
  );
}
