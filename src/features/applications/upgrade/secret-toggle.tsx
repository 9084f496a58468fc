import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import Button from '@mui/material/Button';

interface Props {
  revealed: boolean;
  onToggle: () => void;
  /** Id of the editor whose secret values it shows. */
  controls: string;
  /** Id of the editor's label, so the button says which variables it reveals. */
  describedBy: string;
}

/** "Show secret values": a toggle button, pressed while the values are shown. */
export function SecretToggle({ revealed, onToggle, controls, describedBy }: Props) {
  return (
    <Button
      size="small"
      aria-pressed={revealed}
      aria-controls={controls}
      aria-describedby={describedBy}
      onClick={onToggle}
      startIcon={revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
      sx={{ flexShrink: 0, '&[aria-pressed="true"]': { bgcolor: 'action.selected' } }}
    >
      Show secret values
    </Button>
  );
}
