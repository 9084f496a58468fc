import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import CopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';

interface Props {
  id: string;
  anchor: HTMLElement | null;
  onClose: () => void;
  onDownload: () => void;
  onCopy: () => void;
}

/** The export's two ways out; MUI's Menu (a popover, a modal, a focus trap) loads after the page. */
export function DiffExportMenu({ id, anchor, onClose, onDownload, onCopy }: Props) {
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <MenuItem onClick={onDownload}>
        <ListItemIcon>
          <DownloadIcon fontSize="small" />
        </ListItemIcon>
        Download .md file
      </MenuItem>
      <MenuItem onClick={onCopy}>
        <ListItemIcon>
          <CopyIcon fontSize="small" />
        </ListItemIcon>
        Copy to clipboard
      </MenuItem>
    </Menu>
  );
}
