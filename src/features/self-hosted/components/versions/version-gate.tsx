import DialogContentText from '@mui/material/DialogContentText';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { PermissionDenied } from '@/components/layout/require-permission';
import { VersionDialog } from './version-dialog';

interface Props {
  app: SelfHostedApplicationDetail;
  version: string;
  allowed: boolean;
  title: string;
  onClose: () => void;
}

/** What a dialog says instead when its version does not exist or the person may not act. */
export function VersionGate({ app, version, allowed, title, onClose }: Props) {
  const known = app.versions.some((v) => v.version === version);
  return (
    <VersionDialog title={known ? title : 'Version not found'} onClose={onClose}>
      {!known || allowed ? (
        <DialogContentText>
          {!known
            ? `${app.name} has no version ${version}. The Versions tab lists every version it has.`
            : ''}
        </DialogContentText>
      ) : (
        <PermissionDenied>
          <DialogContentText>
            {`You can't change ${app.name}'s versions: registering and switching versions needs the Administrator or Operator role. Ask an administrator if you need it.`}
          </DialogContentText>
        </PermissionDenied>
      )}
    </VersionDialog>
  );
}
