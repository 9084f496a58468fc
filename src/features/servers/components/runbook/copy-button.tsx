import CopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useToast } from '@/components/feedback/toast-context';

interface Props {
  /** Exactly what lands on the clipboard: a whole command, a whole sha256 digest. */
  text: string;
  /** The button's accessible name, e.g. "Copy the command: ./ac-self-hosted.sh …". */
  label: string;
}

/** Copies a command or a hash, and says so; where the clipboard is refused, says that too. */
export function CopyButton({ text, label }: Props) {
  const toast = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast.show({ message: 'Copied', severity: 'success', key: 'server-copy' });
    } catch {
      toast.show({
        message: 'The clipboard is not available here: select the text and copy it instead',
        severity: 'warning',
        key: 'server-copy',
      });
    }
  };
  return (
    <Tooltip title="Copy">
      <IconButton size="small" aria-label={label} onClick={() => void copy()}>
        <CopyIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
