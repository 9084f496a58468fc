import { useOutletContext } from 'react-router';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';

/** What the Versions tab hands its dialogs (child routes). */
export interface VersionsOutletContext {
  app: SelfHostedApplicationDetail;
  /** A dialog that started work asks for focus on that version's row once it has closed. */
  returnFocusTo: (version: string) => void;
}

export function useVersionsOutlet(): VersionsOutletContext {
  return useOutletContext<VersionsOutletContext>();
}

/** The id of a version's heading, which takes focus after its dialog started work. */
export const versionHeadingId = (version: string) => `version-${version}`;
