import Typography from '@mui/material/Typography';
import type { Connector } from '@/contract/application-detail';
import { connectorChanges } from './review-diff';
import { BeforeAfter, ReviewSection } from './review-section';

export function ReviewConnectors({ deployed, next }: { deployed: Connector[]; next: Connector[] }) {
  const { changes, unchanged } = connectorChanges(deployed, next);
  return (
    <ReviewSection title="Connectors">
      {changes.length === 0 && <Typography>No connector changes.</Typography>}
      <ul aria-label="Connector changes">
        {changes.map((c) => (
          <li key={c.name}>
            <Typography sx={{ fontWeight: 600 }}>
              {`${c.name}: ${c.added ? 'added' : 'changed'}`}
            </Typography>
            <ul>
              {c.image && (
                <li>
                  {'Image: '}
                  <BeforeAfter before={c.image.before} after={c.image.after} />
                </li>
              )}
              {c.variables.map((v) => (
                <li key={v.key}>
                  {`${v.key}: `}
                  <BeforeAfter before={v.before} after={v.after} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {unchanged.length > 0 && (
        <Typography color="textSecondary">{`Unchanged: ${unchanged.join(', ')}`}</Typography>
      )}
    </ReviewSection>
  );
}
