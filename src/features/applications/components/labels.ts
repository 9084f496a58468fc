import type { ApplicationStatus, DeployedVia } from '@/contract/applications';

export const statusLabels: Record<ApplicationStatus, string> = {
  running: 'Running',
  deploying: 'Deploying',
  upgrading: 'Upgrading',
  degraded: 'Degraded',
  failed: 'Failed',
  stopped: 'Stopped',
};

export const deployedViaLabels: Record<DeployedVia, string> = {
  'deployment-service': 'Deployment service',
  helm: 'Helm',
};
