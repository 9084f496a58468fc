import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { isApiError } from '@/lib/problem';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCompleteStep } from '../../api/runbook-mutations';
import { imageProblems, readScriptOutput, statusProblems } from '../../script-output';
import { ActionError } from './action-error';
import { OutputReadBack } from './output-read-back';
import { targetOf, type RunbookView } from './runbook-view';
import { MONO } from './step-text';

interface Props {
  view: RunbookView;
  step: 'check' | 'version';
}

/**
 * Manual mode, `check` and `version`: the operator pastes what the command printed. It is read
 * at once (what was read, what was not, what does not match the target); the server reads it
 * again and its refusal stays at the box with the text.
 */
export function PasteOutput({ view, step }: Props) {
  const { upgrade, release } = view;
  const complete = useCompleteStep(targetOf(view));
  const once = useSingleFlight();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<{ text: string; message: string } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const output = readScriptOutput(text, upgrade.project);
  const problems =
    release === undefined
      ? []
      : (step === 'check' ? statusProblems : imageProblems)(output, release);
  const refused = refusal?.text === text ? refusal.message : undefined;
  const placed = isApiError(complete.error) && complete.error.fieldErrors.output !== undefined;

  const send = () => {
    if (text.trim() === '') {
      setRefusal({ text, message: `Paste what ${step} printed first.` });
      field.current?.focus();
      return;
    }
    once((unlock) =>
      complete.mutate(
        { step, body: { output: text } },
        {
          onError: (error) => {
            unlock();
            const message = isApiError(error) ? error.fieldErrors.output : undefined;
            if (message) {
              setRefusal({ text, message });
              field.current?.focus();
            }
          },
        },
      ),
    );
  };

  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <TextField
        label={`Output of ${step}`}
        multiline
        minRows={5}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputRef={field}
        error={Boolean(refused)}
        helperText={refused ?? `Paste everything ${step} printed: it is read as you paste.`}
        slotProps={{ htmlInput: { spellCheck: false, sx: { fontFamily: MONO, fontSize: 13 } } }}
      />
      {text.trim() !== '' && (
        <OutputReadBack kind={step} output={output} problems={problems} version={upgrade.to} />
      )}
      <Button
        variant="contained"
        onClick={send}
        loading={complete.isPending}
        sx={{ alignSelf: 'flex-start' }}
      >
        {`Send the ${step} output`}
      </Button>
      {complete.isError && !placed && (
        <ActionError error={complete.error} onRetry={send} retrying={complete.isPending} />
      )}
    </Stack>
  );
}
