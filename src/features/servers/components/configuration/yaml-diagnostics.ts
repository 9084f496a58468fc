import { yaml } from '@codemirror/lang-yaml';
import type { Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { lintYaml } from '../../yaml-lint';

/** YAML highlighting and indentation, shared by every editor of global.yaml. */
export const yamlLanguage = yaml();

/** The YAML check as inline diagnostics, marked where each problem is. */
export function yamlDiagnostics(view: EditorView): Diagnostic[] {
  return lintYaml(view.state.doc.toString()).map(({ from, to, message }) => ({
    from,
    to,
    severity: 'error',
    message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  }));
}
