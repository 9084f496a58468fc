import Box from '@mui/material/Box';
import { CodeEditor } from '@/components/form/code-editor';
import type { ServerConfiguration } from '@/contract/server-upgrades';
import type { NewConfigOption } from './configuration-text';
import { NewOptions } from './new-options';
import { yamlLanguage } from './yaml-diagnostics';

interface Props {
  configuration: ServerConfiguration;
  newOptions: readonly NewConfigOption[];
}

/** global.yaml for someone who may not change it: read-only, nothing to press. */
export function ConfigurationView({ configuration, newOptions }: Props) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
      <CodeEditor
        label="global.yaml"
        value={configuration.yaml}
        language={yamlLanguage}
        helperText={`Read only: your role cannot change the configuration. Revision ${String(configuration.revision)}.`}
        readOnly
      />
      <NewOptions options={newOptions} />
    </Box>
  );
}
