import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import type { CodeEditorHandle } from '@/components/form/code-editor';
import { isApiError } from '@/lib/problem';
import { serverKeys } from '../../api/keys';
import { useUpdateServerConfiguration } from '../../api/update-server-configuration';
import { lintYaml, yamlProblemMessage, yamlProblemPosition } from '../../yaml-lint';

/**
 * Saving an edited global.yaml: what the YAML check finds is pointed at before anything is
 * sent; a 422 keeps the text and moves the cursor to the line it names; a 409 asks for their
 * version again so it can be shown beside this one.
 */
export function useSaveConfiguration(
  serverId: string,
  editor: RefObject<CodeEditorHandle | null>,
  onSaved: () => void,
) {
  const queryClient = useQueryClient();
  const mutation = useUpdateServerConfiguration();
  // The server's refusal of a text: shown until that text changes.
  const [refusal, setRefusal] = useState<{ yaml: string; message: string } | null>(null);
  // Set by a 409: the revision their version is at.
  const [conflictAt, setConflictAt] = useState<number | null>(null);

  // Where a refusal pointed while the editor was not on screen (the conflict view).
  const pending = useRef<{ line: number; column: number } | null>(null);

  const pointAt = (message: string) => {
    const at = yamlProblemPosition(message);
    if (!at) return;
    if (editor.current) editor.current.focusAt(at.line, at.column);
    else pending.current = at;
  };

  const save = (yaml: string, revision: number) => {
    const [first] = lintYaml(yaml);
    if (first) {
      pointAt(yamlProblemMessage(first));
      return;
    }
    mutation.mutate(
      { serverId, body: { yaml, revision } },
      {
        onSuccess: () => {
          setConflictAt(null);
          onSaved();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.status === 422) {
            const message = error.fieldErrors.yaml ?? error.detail ?? error.title;
            setRefusal({ yaml, message });
            setConflictAt(null);
            pointAt(message);
          } else if (error.status === 409) {
            setConflictAt(error.currentRevision ?? revision + 1);
            void queryClient.invalidateQueries({ queryKey: serverKeys.configuration(serverId) });
          }
        },
      },
    );
  };

  const handled = isApiError(mutation.error) && [409, 422].includes(mutation.error.status);
  return {
    save,
    saving: mutation.isPending,
    /** A failure other than a refusal of the text (offline, 500, 403): shown with a Retry. */
    failure: handled ? null : mutation.error,
    refusalOf: (yaml: string) => (refusal?.yaml === yaml ? refusal.message : undefined),
    conflictAt,
    endConflict: () => setConflictAt(null),
    /** Focuses the editor once it is back: where a refusal pointed, else its first line. */
    refocus: () => {
      const at = pending.current ?? { line: 1, column: 1 };
      pending.current = null;
      editor.current?.focusAt(at.line, at.column);
    },
  };
}
