import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import CopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useId, useState } from 'react';
import type { DiffResult } from '@/contract/template-diff';
import { useToast } from '@/components/feedback/toast-context';
import { downloadText, fileSlug } from '@/lib/download-text';
import { diffToMarkdown } from '../../diff-markdown';

interface Props {
  diff: Pick<DiffResult, 'summary' | 'components'>;
  title: string;
  /** Secrets stay masked in the export unless revealed on purpose in the view. */
  revealSecrets: boolean;
}

/** "diff spacetech-portal 1.0 → 1.1" → "diff-spacetech-portal-1-0-1-1.md" */
export function markdownFileName(title: string): string {
  return `${fileSlug(title, 'diff')}.md`;
}

/** Export as Markdown, for a change ticket: download a .md file or copy it to the clipboard. */
export function DiffExport({ diff, title, revealSecrets }: Props) {
  const toast = useToast();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const markdown = () => diffToMarkdown(diff, { title, revealSecrets });

  const download = () => {
    setAnchor(null);
    downloadText(markdownFileName(title), markdown());
  };

  const copy = async () => {
    setAnchor(null);
    try {
      await navigator.clipboard.writeText(markdown());
      toast.show({ message: 'The diff was copied as Markdown', severity: 'success' });
    } catch {
      toast.show({
        message: 'The clipboard is not available here: download the Markdown file instead',
        severity: 'warning',
      });
    }
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        startIcon={<DownloadIcon />}
      >
        Export as Markdown
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={download}>
          <ListItemIcon>
            <DownloadIcon fontSize="small" />
          </ListItemIcon>
          Download .md file
        </MenuItem>
        <MenuItem onClick={() => void copy()}>
          <ListItemIcon>
            <CopyIcon fontSize="small" />
          </ListItemIcon>
          Copy to clipboard
        </MenuItem>
      </Menu>
    </>
  );
}
