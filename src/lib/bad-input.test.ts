import { ApplicationListQuery } from '@/contract/applications';
import { UpgradeConnector } from '@/contract/connector-variables';
import { DirectoryQuery } from '@/contract/identity';
import { SelfHostedListQuery } from '@/contract/self-hosted';
import { PublishTemplateVersionRequest } from '@/contract/template-detail';
import { InstalledApplicationQuery } from '@/contract/template-upgrades';
import { TemplateListQuery } from '@/contract/templates';

/** The limits the contract puts on free text, which the simulator enforces by parsing with it. */

const long = (length: number, unit = 'a') => unit.repeat(length);
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ field: i.path.join('.'), message: i.message }));

const connector = {
  name: 'erp-connector',
  kind: 'custom' as const,
  image: 'registry.example.com/team/erp-connector:1.2.0',
  variables: { SERVICE_URL: '<img src=x onerror="window.__xss=1">' },
};

describe('connectors in an upgrade', () => {
  it('accept markup and right-to-left text in variable values: they are data, not HTML', () => {
    const rtl = { NOTE: 'مرحبا \u202Egpj.exe', LINK: 'javascript:window.__xss=1' };
    expect(UpgradeConnector.safeParse({ ...connector, variables: rtl }).success).toBe(true);
  });

  it('refuse a 10,000-character image URL, naming the field and the limit', () => {
    const image = `registry.example.com/team/${long(10_000)}:1.0`;
    expect(issuesOf(UpgradeConnector.safeParse({ ...connector, image }))).toEqual([
      { field: 'image', message: 'Keep the image URL to 255 characters or fewer.' },
    ]);
    const atLimit = `registry.example.com/${long(255 - 'registry.example.com/'.length)}`;
    expect(UpgradeConnector.safeParse({ ...connector, image: atLimit }).success).toBe(true);
  });

  it('refuse a 10,000-character name, naming the field and the limit', () => {
    expect(issuesOf(UpgradeConnector.safeParse({ ...connector, name: long(10_000) }))).toEqual([
      { field: 'name', message: 'Keep the connector name to 63 characters or fewer.' },
    ]);
  });
});

describe('free text the contract bounds', () => {
  it.each([
    ['applications', ApplicationListQuery],
    ['my applications', SelfHostedListQuery],
    ['templates', TemplateListQuery],
    ['installed applications', InstalledApplicationQuery],
    ['the directory', DirectoryQuery],
  ])('a search of %s takes at most 100 characters', (_, schema) => {
    expect(schema.safeParse({ q: long(100) }).success).toBe(true);
    expect(issuesOf(schema.safeParse({ q: long(10_000) }))).toEqual([
      { field: 'q', message: expect.stringContaining('100') as string },
    ]);
  });

  it('release notes take at most 2,000 characters', () => {
    const request = { revision: 1, version: '1.1', notes: long(2_001) };
    expect(issuesOf(PublishTemplateVersionRequest.safeParse(request))).toEqual([
      { field: 'notes', message: expect.stringContaining('2000') as string },
    ]);
  });
});
