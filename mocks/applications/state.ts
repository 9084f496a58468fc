import type {
  Connector,
  Infrastructure,
  RunningWork,
  Service,
} from '@/contract/application-detail';
import type { ApplicationAccess, ApplicationStatus, DeployedVia } from '@/contract/applications';

export interface ProjectRecord {
  id: string;
  name: string;
  releasedVersions: number[];
}

export interface ApplicationRecord {
  id: string;
  name: string;
  projectId: string;
  projectVersion: number;
  applicationVersion: number;
  status: ApplicationStatus;
  deployedVia: DeployedVia;
  updatedAt: string;
  revision: number;
  /** Part of the large dataset: rebuilt from its seed on load, saved only once changed. */
  generated?: boolean;
}

export interface ApplicationDetails {
  services: Service[];
  infrastructure: Infrastructure;
  connectors: Connector[];
  runningWork: RunningWork[];
}

/** Application instances: projects, deployed applications, their access and changed details. */
export interface ApplicationsState {
  projects: ProjectRecord[];
  applications: ApplicationRecord[];
  /** By application id; an application without an entry has the default access. */
  access: Record<string, ApplicationAccess>;
  /** Services, infrastructure, connectors and running work changed since the seed, by id. */
  details: Record<string, ApplicationDetails>;
}
