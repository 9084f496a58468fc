import fc from 'fast-check';
import {
  applicationSortFields,
  type ApplicationListParams,
  type ApplicationSortField,
  type ApplicationSummary,
} from '@/contract/applications';
import { TEST_NOW } from '@/testing/clock';
import { createSeedDb } from '../db';
import { matchesText, paginate } from '../core/paging';
import { problems } from '../core/problems';
import { collator, collatorRanks } from './collation';
import { listApplications } from './list-applications';
import { seedProjects } from './seed';
import type { ApplicationRecord, ApplicationsState } from './state';
import { toSummary } from './summary';

type Slice = Pick<ApplicationsState, 'applications' | 'projects'>;

/** The straightforward answer: summarise every row, filter, sort with the collator, page. */
function reference(db: Slice, query: ApplicationListParams) {
  const projects = new Map(db.projects.map((p) => [p.id, p]));
  const unknown = query.project?.find((id) => !projects.has(id));
  if (unknown) throw problems.badRequest(`No project has the id "${unknown}".`);
  const compare = (field: ApplicationSortField, a: ApplicationSummary, b: ApplicationSummary) => {
    if (field === 'project') return collator.compare(a.project.name, b.project.name);
    if (field === 'projectVersion' || field === 'applicationVersion') return a[field] - b[field];
    return collator.compare(a[field], b[field]);
  };
  const direction = query.order === 'desc' ? -1 : 1;
  const rows = db.applications
    .map((a) => toSummary(db, a, projects.get(a.projectId)))
    .filter(
      (a) =>
        (!query.project?.length || query.project.includes(a.project.id)) &&
        (query.projectVersion === undefined || a.projectVersion === query.projectVersion) &&
        (query.applicationVersion === undefined ||
          a.applicationVersion === query.applicationVersion) &&
        (!query.status?.length || query.status.includes(a.status)) &&
        (!query.deployedVia || a.deployedVia === query.deployedVia) &&
        matchesText(query.q, a.name) &&
        (query.upgradeAvailable === undefined || a.upgradeAvailable === query.upgradeAvailable),
    )
    .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
  return paginate(rows, query.page, query.pageSize);
}

const answer = (run: () => unknown) => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `throws ${String(error instanceof Error ? error.message : error)}`;
  }
};

const expectSameAnswer = (db: Slice, query: ApplicationListParams) =>
  expect(answer(() => listApplications(db, query))).toBe(answer(() => reference(db, query)));

const seedDb = (largeDataset = false) => {
  const { applications, projects } = createSeedDb(TEST_NOW, { largeDataset });
  return { applications, projects };
};

const some = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: undefined });

const projectIds = seedDb().projects.map((p) => p.id);
const statuses = ['running', 'deploying', 'upgrading', 'degraded', 'failed', 'stopped'] as const;

const queries = (pages: number): fc.Arbitrary<ApplicationListParams> =>
  fc.record({
    q: fc.option(
      fc.oneof(fc.constantFrom('', 'a', 'acme', 'CLAIMS', '-eu-', '0001', 'é'), fc.string()),
      { nil: undefined },
    ),
    status: some(statuses),
    project: some([...projectIds, 'p-nope']),
    projectVersion: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    applicationVersion: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    deployedVia: fc.option(fc.constantFrom('deployment-service', 'helm'), { nil: undefined }),
    upgradeAvailable: fc.option(fc.boolean(), { nil: undefined }),
    sort: fc.constantFrom(...applicationSortFields),
    order: fc.constantFrom('asc', 'desc'),
    page: fc.integer({ min: 1, max: pages }),
    pageSize: fc.constantFrom(1, 7, 25, 200),
  });

/** Names the collator and code units order differently: capitals, accents, "9" / "10", ties. */
const trickyName = fc.constantFrom(
  'app-9',
  'app-10',
  'App-10',
  'ärzte',
  'Arzte',
  'zeta',
  'Zeta',
  'a b',
  'a-b',
  'claims-intake',
  '',
);

const records = (projects: readonly string[]) =>
  fc.array(
    fc.record({
      name: fc.oneof(trickyName, fc.string({ maxLength: 6 })),
      projectId: fc.constantFrom(...projects),
      projectVersion: fc.integer({ min: 1, max: 12 }),
      applicationVersion: fc.integer({ min: 1, max: 6 }),
      status: fc.constantFrom(...statuses),
      deployedVia: fc.constantFrom('deployment-service' as const, 'helm' as const),
      updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-10-01T09:30:00.000Z'),
    }),
    { maxLength: 60 },
  );

describe('the indexed applications list answers as the straightforward one does', () => {
  it('on the seed', () => {
    const db = seedDb();
    fc.assert(
      fc.property(queries(4), (query) => {
        expectSameAnswer(db, query);
      }),
      { numRuns: 400 },
    );
  });

  it('on rows whose names the collator orders differently from code units', () => {
    fc.assert(
      fc.property(records(projectIds), queries(3), (rows, query) => {
        const db = { projects: seedProjects(), applications: [] as ApplicationRecord[] };
        db.applications = rows.map((r, i) => ({ ...r, id: `app-${String(i)}`, revision: 1 }));
        expectSameAnswer(db, query);
      }),
      { numRuns: 300 },
    );
  });

  it('on the 10,000-row dataset', () => {
    const db = seedDb(true);
    fc.assert(
      fc.property(queries(400), (query) => {
        expectSameAnswer(db, query);
      }),
      { numRuns: 10 },
    );
  });
});

describe('the index follows writes', () => {
  const query: ApplicationListParams = { sort: 'name', order: 'asc', page: 1, pageSize: 200 };
  const find = (db: Slice, id: string) => {
    const app = db.applications.find((a) => a.id === id);
    if (!app) throw new Error(`no ${id}`);
    return app;
  };

  /** What an upgrade's completion does to the record, in place. */
  const upgrade = (db: Slice, id: string) =>
    Object.assign(find(db, id), {
      projectVersion: 12,
      applicationVersion: 6,
      status: 'failed',
      updatedAt: '2030-01-01T00:00:00.000Z',
    });

  it('an upgrade changing versions, status and date in place', () => {
    const db = seedDb();
    const sorts = applicationSortFields.flatMap((sort) =>
      (['asc', 'desc'] as const).map((order) => ({ ...query, sort, order })),
    );
    for (const q of sorts) listApplications(db, q);
    upgrade(db, 'app-007');
    for (const q of sorts) expectSameAnswer(db, q);
  });

  it('an upgrade on the 10,000-row dataset', () => {
    const db = seedDb(true);
    const latest = { ...query, sort: 'updatedAt' as const, order: 'desc' as const };
    expect(listApplications(db, latest).items[0]?.id).not.toBe('gen-00042');
    upgrade(db, 'gen-00042');
    expectSameAnswer(db, latest);
    const top = listApplications(db, latest).items[0];
    expect(top).toMatchObject({ id: 'gen-00042', projectVersion: 12, status: 'failed' });
  });

  it('rows added, removed or renamed', () => {
    const db = seedDb();
    for (const sort of applicationSortFields) listApplications(db, { ...query, sort });
    const renamed: ApplicationRecord = { ...find(db, 'app-001'), name: 'zz-last' };
    db.applications.splice(0, 1, renamed);
    db.applications.pop();
    db.applications.push({ ...renamed, id: 'app-999', name: 'aa-first' });
    for (const sort of applicationSortFields) expectSameAnswer(db, { ...query, sort });
    const names = listApplications(db, query).items.map((a) => a.name);
    expect(names[0]).toBe('aa-first');
    expect(names.at(-1)).toBe('zz-last');
  });

  it('a project renamed', () => {
    const db = seedDb();
    const byProject = { ...query, sort: 'project' as const };
    expect(listApplications(db, byProject).items[0]?.project.name).toBe('Contract Review');
    const project = db.projects.find((p) => p.id === 'p-kyc');
    if (project) project.name = 'AAA KYC';
    expectSameAnswer(db, byProject);
    expect(listApplications(db, byProject).items[0]?.project.name).toBe('AAA KYC');
  });
});

/** Strings where code units and the collator mostly agree, and the places they do not. */
const nearlyPlain = fc.string({
  unit: fc.constantFrom('a', 'b', 'z', '-', '0', '1', '9', '9', 'B', 'é', ' ', '.', '\u0663'),
  maxLength: 7,
});

describe('collatorRanks', () => {
  it('orders values as the collator does, equal ranks for values it calls equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(trickyName, nearlyPlain, fc.string({ maxLength: 4 }))),
        (values) => {
          const ranks = collatorRanks(values);
          values.forEach((a, i) =>
            values.forEach((b, j) =>
              expect(Math.sign((ranks[i] ?? 0) - (ranks[j] ?? 0))).toBe(
                Math.sign(collator.compare(a, b)),
              ),
            ),
          );
        },
      ),
    );
  });
});
