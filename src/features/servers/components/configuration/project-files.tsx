import LockIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ServerDetail } from '@/contract/servers';

export type ProjectFiles = ServerDetail['files'];

/** The project's folder as the seed draws it: secret files are named, never shown. */
export function ProjectFilesList({ files }: { files: ProjectFiles }) {
  const titleId = useId();
  return (
    <Box>
      <Typography id={titleId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Project files
      </Typography>
      <Box component="ul" aria-labelledby={titleId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {files.map((file) => (
          <Stack
            component="li"
            key={file.path}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', py: 0.25, flexWrap: 'wrap' }}
          >
            <Box component="code" sx={{ fontSize: '0.875rem', overflowWrap: 'anywhere' }}>
              {file.path}
            </Box>
            {file.secret && (
              <Chip
                size="small"
                variant="outlined"
                icon={<LockIcon />}
                label="Secret: never shown"
              />
            )}
          </Stack>
        ))}
      </Box>
    </Box>
  );
}
