import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { ChecklistItemId } from '@/contract/platform-plans';
import { useMarkChecklistItem } from '../../api/checklist-mutations';
import { ActionError } from './action-error';
import { targetOf, type ExecutionView } from './execution-view';

interface Props {
  view: ExecutionView;
  itemId: ChecklistItemId;
}

/** One thing people do by hand, ticked here; read-only people see whether (and who) did it. */
export function ChecklistItem({ view, itemId }: Props) {
  const mark = useMarkChecklistItem(targetOf(view));
  const [asked, setAsked] = useState<boolean | null>(null);
  const detailId = useId();
  const item = view.env.checklist.find((i) => i.id === itemId);
  if (!item) return null;
  // The tick shows at once: the mutation's own pending state reaches React a task later, and
  // meanwhile a controlled checkbox would spring back.
  const done = asked ?? item.done;
  const who = item.done && item.doneBy ? `Done by ${item.doneBy.name}.` : 'Not done yet.';
  const set = (on: boolean) => {
    setAsked(on);
    void mark
      .mutateAsync({ itemId, done: on })
      .catch(() => undefined)
      .finally(() => setAsked(null));
  };
  return (
    <Box data-checklist={itemId}>
      {view.canAct ? (
        <FormControlLabel
          label={item.label}
          control={
            <Checkbox
              checked={done}
              disabled={mark.isPending}
              onChange={(e) => set(e.target.checked)}
              slotProps={{ input: { 'aria-describedby': detailId } }}
            />
          }
        />
      ) : (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.5 }}>
          {item.done ? (
            <CheckBoxIcon color="success" fontSize="small" aria-hidden="true" />
          ) : (
            <CheckBoxOutlineBlankIcon color="disabled" fontSize="small" aria-hidden="true" />
          )}
          <Typography variant="body2">{`${item.label}: ${item.done ? 'done' : 'not done'}`}</Typography>
        </Stack>
      )}
      <FormHelperText id={detailId} sx={{ mt: 0, ml: view.canAct ? 4 : 0 }}>
        {`${item.detail} ${who}`}
      </FormHelperText>
      {mark.isError && (
        <ActionError
          error={mark.error}
          onRetry={() => set(mark.variables.done)}
          retrying={mark.isPending}
        />
      )}
    </Box>
  );
}
