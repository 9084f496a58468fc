import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { DialogFrame } from '@/components/layout/dialog-frame';
import type { StartExecutionRequest } from '@/contract/platform-plans';
import type * as z from 'zod/mini';

type Confirm = NonNullable<z.input<typeof StartExecutionRequest>['confirm']>;
type Item = keyof Confirm;

const items: { id: Item; label: string }[] = [
  { id: 'serviceCenter', label: 'Publish the latest version of Service Center' },
  { id: 'systemComponents', label: 'Publish the latest version of System Components' },
  { id: 'modulePreparation', label: 'Start the modules preparation step' },
];

interface Props {
  environmentName: string;
  /** Gradual publishing: the installer prepares the modules, so that step is confirmed too. */
  withModulePreparation: boolean;
  busy: boolean;
  /** The refusal or failure of the last attempt, shown in the dialog where it was asked. */
  error: ReactNode;
  onConfirm: (confirm: Confirm) => void;
  onClose: () => void;
}

/**
 * The Configuration Tool's Apply and Exit: "you must confirm the execution of the following
 * steps". OK starts the upgrade; every item shown must be ticked first.
 */
export function ApplyAndExitDialog(props: Props) {
  const { environmentName, withModulePreparation, busy, error, onConfirm, onClose } = props;
  const shown = items.filter((i) => withModulePreparation || i.id !== 'modulePreparation');
  const [ticked, setTicked] = useState<Record<Item, boolean>>({
    serviceCenter: false,
    systemComponents: false,
    modulePreparation: false,
  });
  const [tried, setTried] = useState(false);
  const groupId = useId();
  const missing = shown.filter((i) => !ticked[i.id]);
  const ok = () => {
    setTried(true);
    if (missing.length > 0) {
      document.getElementById(`${groupId}-${missing[0]?.id ?? ''}`)?.focus();
      return;
    }
    onConfirm({ ...ticked, modulePreparation: withModulePreparation && ticked.modulePreparation });
  };
  return (
    <DialogFrame
      title={`Apply and Exit: ${environmentName}`}
      onClose={busy ? () => undefined : onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="contained" onClick={ok} loading={busy}>
            OK: upgrade
          </Button>
        </>
      }
    >
      <Typography variant="body2">
        When you click Apply and Exit in the Configuration Tool, you must confirm the execution of
        the following steps. OK publishes the latest Service Center and System Components
        {withModulePreparation ? ' and starts the modules preparation step in the background' : ''}.
      </Typography>
      <FormControl component="fieldset" error={tried && missing.length > 0}>
        <FormLabel component="legend">Confirm each step</FormLabel>
        {shown.map((item) => {
          const unticked = tried && !ticked[item.id];
          return (
            <div key={item.id}>
              <FormControlLabel
                label={item.label}
                control={
                  <Checkbox
                    id={`${groupId}-${item.id}`}
                    checked={ticked[item.id]}
                    onChange={(e) => setTicked((t) => ({ ...t, [item.id]: e.target.checked }))}
                    slotProps={{
                      input: {
                        'aria-invalid': unticked || undefined,
                        'aria-describedby': unticked ? `${groupId}-${item.id}-error` : undefined,
                      },
                    }}
                  />
                }
              />
              {unticked && (
                <FormHelperText id={`${groupId}-${item.id}-error`} sx={{ mt: -0.5, ml: 4 }}>
                  Confirm this step to upgrade.
                </FormHelperText>
              )}
            </div>
          );
        })}
      </FormControl>
      {withModulePreparation && (
        <Typography variant="body2" color="textSecondary">
          Closing the Configuration Tool during the modules preparation step doesn't interrupt the
          operation.
        </Typography>
      )}
      {error}
    </DialogFrame>
  );
}
