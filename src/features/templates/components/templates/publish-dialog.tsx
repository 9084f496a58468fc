import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import type { TemplateDetail } from '@/contract/template-detail';
import { PublishDialogFrame } from './publish-dialog-frame';
import { PublishForm } from './publish-form-view';

interface Props {
  template: TemplateDetail;
  onClose: () => void;
}

/** "Publish a new version", at …/templates/<id>/publish; read-only people are told why not. */
export function PublishDialog({ template, onClose }: Props) {
  const allowed = usePermission('templates:publish');
  const title = `Publish a new version of ${template.name}`;
  if (!allowed) {
    return (
      <PublishDialogFrame title={title} onClose={onClose}>
        <DialogContent>
          <PermissionDenied>
            <DialogContentText>
              {`You can't publish versions of ${template.name}: publishing needs the Administrator role. Product owners and viewers can read the release records and compare versions. Ask an administrator if a new version is needed.`}
            </DialogContentText>
          </PermissionDenied>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Close</Button>
        </DialogActions>
      </PublishDialogFrame>
    );
  }
  return <PublishForm template={template} title={title} onClose={onClose} />;
}
