import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import type { Publication } from '@/contract/platform-plans';
import { useOperation } from '@/lib/operations';
import { methodText } from './publication-text';
import { publishedText } from './status-text';

/** The last publication: live while it runs, then what it published. */
export function PublicationProgress({
  publication,
  environmentName,
}: {
  publication: Publication | null;
  environmentName: string;
}) {
  const operation = useOperation(
    publication?.status === 'running' ? (publication.operationId ?? undefined) : undefined,
  );
  if (!publication) return null;
  const counted = publishedText(publication.published.length, publication.total);
  const how = methodText[publication.method].label;
  if (publication.status === 'running')
    return (
      <div>
        <CompactOperationProgress
          operation={operation.data}
          label={`Publication in ${environmentName}`}
        />
        <Typography variant="body2">{`${how}: ${counted} so far.`}</Typography>
      </div>
    );
  if (publication.status === 'failed')
    return (
      <Alert severity="error">{`The publication stopped: ${counted}. Publish again to carry on.`}</Alert>
    );
  return <Typography variant="body2">{`${how}: ${counted}.`}</Typography>;
}
