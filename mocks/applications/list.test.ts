import type { EndpointQuery } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';
import { simulator } from '../simulator';

type Query = EndpointQuery<typeof endpoints.listApplications>;

const list = (query: Query) =>
  apiCall(endpoints.listApplications, { query: { pageSize: 200, ...query } });
const names = async (query: Query) => (await list(query)).items.map((a) => a.name);

async function failure(query: Query): Promise<ApiError> {
  try {
    await list(query);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('projects', () => {
  it('lists every project by name with its released versions ascending', async () => {
    const { items } = await apiCall(endpoints.listProjects);
    expect(items.map((p) => p.name)).toEqual([
      'Contract Review',
      'Customer KYC',
      'Employee Onboarding',
      'Insurance Claims',
      'Invoice Approvals',
      'Leave Requests',
      'Procurement',
      'Travel Expenses',
    ]);
    expect(items.find((p) => p.id === 'p-invoice')?.releasedVersions).toEqual([1, 2, 4, 10]);
  });
});

describe('applications list: project and version filters', () => {
  it('filters by one project or several', async () => {
    expect(await names({ project: 'p-kyc' })).toEqual(['customer-kyc', 'customer-kyc-uk']);
    expect(await names({ project: ['p-invoice', 'p-claims'] })).toEqual([
      'claims-intake',
      'claims-intake-dr',
      'claims-legacy',
      'invoice-approvals',
      'invoice-approvals-eu',
      'invoice-approvals-helm',
    ]);
  });

  it('filters by the deployed project version, alone and within projects', async () => {
    expect(await names({ projectVersion: 4 })).toEqual([
      'contract-review',
      'customer-kyc-uk',
      'invoice-approvals',
    ]);
    expect(await names({ projectVersion: 4, project: ['p-invoice', 'p-kyc'] })).toEqual([
      'customer-kyc-uk',
      'invoice-approvals',
    ]);
    // A version the chosen project never released is a valid filter that matches nothing.
    expect(await list({ projectVersion: 3, project: 'p-invoice' })).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it('filters by application version', async () => {
    expect(await names({ applicationVersion: 3 })).toEqual([
      'claims-intake',
      'customer-kyc',
      'hr-onboarding-staging',
      'invoice-approvals',
    ]);
  });

  it('combines the new filters with status, deployment, upgrade and search', async () => {
    const query: Query = { project: ['p-invoice', 'p-claims'], applicationVersion: 2 };
    expect(await names(query)).toEqual(['claims-intake-dr', 'invoice-approvals-helm']);
    expect(await names({ ...query, deployedVia: 'helm' })).toEqual(['invoice-approvals-helm']);
    expect(await names({ ...query, status: ['stopped'] })).toEqual(['claims-intake-dr']);
    expect(await names({ ...query, upgradeAvailable: 'true', q: 'DR' })).toEqual([
      'claims-intake-dr',
    ]);
    expect(await names({ ...query, projectVersion: 2, upgradeAvailable: 'false' })).toEqual([]);
  });

  it.each([
    ['projectVersion', '0'],
    ['projectVersion', '-1'],
    ['applicationVersion', '2.5'],
    ['applicationVersion', 'abc'],
  ])('answers %s=%s with 400 naming the field', async (field, value) => {
    const error = await failure({ [field]: value });
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ [field]: 'Must be a whole number, 1 or more' });
  });

  it('answers a project id no project has with 400 naming it', async () => {
    const error = await failure({ project: ['p-invoice', 'p-nope'] });
    expect(error).toMatchObject({ status: 400, detail: 'No project has the id "p-nope".' });
    expect(error.fieldErrors).toEqual({ project: 'No project has the id "p-nope".' });
  });
});

describe('applications list filters with the large dataset', () => {
  beforeEach(() => simulator.setLargeDataset(true));

  it('matches exactly the stored rows, paging through them', async () => {
    // Three other projects released version 4 too.
    const query: Query = { project: 'p-invoice', projectVersion: 4 };
    const stored = simulator.db.applications.filter(
      (a) => a.projectId === 'p-invoice' && a.projectVersion === 4,
    );
    expect(stored.length).toBeGreaterThan(200);
    const first = await list({ ...query, sort: 'name' });
    expect(first.total).toBe(stored.length);
    expect(first.items).toHaveLength(200);
    expect(first.items.map((a) => a.name)).toEqual(
      stored
        .map((a) => a.name)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .slice(0, 200),
    );
    expect(
      first.items.every(
        (a) => a.project.id === 'p-invoice' && a.upgradeAvailable && a.latestProjectVersion === 10,
      ),
    ).toBe(true);
  });

  it('combines with status and deployment over 10,018 rows', async () => {
    const query: Query = {
      project: ['p-claims', 'p-leave'],
      applicationVersion: 3,
      status: ['running'],
      deployedVia: 'helm',
    };
    const stored = simulator.db.applications.filter(
      (a) =>
        ['p-claims', 'p-leave'].includes(a.projectId) &&
        a.applicationVersion === 3 &&
        a.status === 'running' &&
        a.deployedVia === 'helm',
    );
    expect(stored.length).toBeGreaterThan(0);
    const page = await list(query);
    expect(page.total).toBe(stored.length);
    expect(new Set(page.items.map((a) => a.id))).toEqual(new Set(stored.map((a) => a.id)));
  });

  it('looks each project up once per request, not once per row', async () => {
    const find = vi.spyOn(simulator.db.projects, 'find');
    const page = await list({ projectVersion: 2 });
    expect(page.total).toBeGreaterThan(1000);
    expect(find).not.toHaveBeenCalled();
  });
});
