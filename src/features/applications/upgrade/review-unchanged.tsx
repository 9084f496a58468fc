import Typography from '@mui/material/Typography';
import type { ApplicationDetail } from '@/contract/application-detail';
import { ReviewSection } from './review-section';

/** What an upgrade never changes: the name, the services' images and variables, the infrastructure. */
export function ReviewUnchanged({ app }: { app: ApplicationDetail }) {
  const infra = app.infrastructure;
  return (
    <ReviewSection title="Stays the same">
      <ul>
        <li>{`Application name: ${app.name}`}</li>
        {app.services.map((s) => (
          <li key={s.name}>{`Service ${s.name}: ${s.image}`}</li>
        ))}
        <li>
          {`Infrastructure: ${infra.cluster} / ${infra.namespace}, ${String(infra.replicas)} replicas, ${infra.cpu} CPU, ${infra.memory} memory, ${infra.storageClass}, ${infra.ingressHost}`}
        </li>
      </ul>
      <Typography variant="body2" color="textSecondary">
        Running process and task instances finish on their current application version; new ones use
        the new version.
      </Typography>
    </ReviewSection>
  );
}
