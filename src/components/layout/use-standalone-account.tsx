import { useState } from 'react';
import { useToast } from '@/components/feedback/toast-context';
import { useStandalone, type Persona } from '@/lib/standalone';
import { useSessionActions } from './use-session-actions';

/**
 * The simulator's account actions and the dialogs they open. The dialogs live outside the
 * account popover so they stay open after it closes.
 */
export function useStandaloneAccount(closeMenu: () => void) {
  const standalone = useStandalone();
  const actions = useSessionActions();
  const toast = useToast();
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);

  const switchTo = (persona: Persona, currentUserId: string) => {
    closeMenu();
    if (persona.userId === currentUserId) return;
    void actions.signInAs(persona.userId).then(() =>
      toast.show({
        message: `Signed in as ${persona.name} (${persona.roleLabel})`,
        severity: 'success',
      }),
    );
  };

  const reset = () => {
    setConfirmReset(false);
    void actions
      .resetData()
      .then(() => toast.show({ message: 'Demo data reset', severity: 'success' }));
  };

  const dialogs = standalone ? (
    <>
      <standalone.ResetDialog
        open={confirmReset}
        onCancel={() => setConfirmReset(false)}
        onConfirm={reset}
      />
      <standalone.Panel open={simulatorOpen} onClose={() => setSimulatorOpen(false)} />
    </>
  ) : null;

  return {
    switchTo,
    openSimulator: () => {
      closeMenu();
      setSimulatorOpen(true);
    },
    askToReset: () => {
      closeMenu();
      setConfirmReset(true);
    },
    signOut: () => {
      closeMenu();
      void actions.signOut();
    },
    dialogs,
  };
}
