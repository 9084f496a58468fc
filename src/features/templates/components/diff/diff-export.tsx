import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useId, useState } from 'react';
import type { DiffResult } from '@/contract/template-diff';
import { useToast } from '@/components/feedback/toast-context';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
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

const exportMenu = deferredModule(() => import('./diff-export-menu'));

/**
 * Export as Markdown, for a change ticket: download a .md file or copy it to the clipboard. A
 * click before the menu's code has loaded opens it as soon as it has.
 */
export function DiffExport({ diff, title, revealSecrets }: Props) {
  const toast = useToast();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menu = useModuleAfterContent(exportMenu);
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
        aria-controls={anchor && menu ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onPointerEnter={exportMenu.preload}
        onClick={(e) => {
          exportMenu.preload();
          setAnchor(e.currentTarget);
        }}
        startIcon={<DownloadIcon />}
      >
        Export as Markdown
      </Button>
      {menu && (
        <menu.DiffExportMenu
          id={menuId}
          anchor={anchor}
          onClose={() => setAnchor(null)}
          onDownload={download}
          onCopy={() => void copy()}
        />
      )}
    </>
  );
}
