import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';

interface Props {
  open: boolean;
  name: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Leaving the wizard: the same question as any dialog with unsaved input, named for it. */
export function CancelDialog({ open, name, onKeep, onDiscard }: Props) {
  return (
    <DiscardChangesDialog
      open={open}
      onKeep={onKeep}
      onDiscard={onDiscard}
      title="Cancel the upgrade?"
    >
      {`The choices you made for upgrading ${name} will be lost. Nothing has been changed yet.`}
    </DiscardChangesDialog>
  );
}
