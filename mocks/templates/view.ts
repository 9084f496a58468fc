import type { TemplateDetail } from '@/contract/template-detail';
import type { TemplateRelease, TemplateSummary } from '@/contract/templates';
import { templateOperationKinds } from '@/contract/template-upgrade-records';
import { changesOf, diffTemplate, emptySummary } from '@/features/templates/template-diff';
import { sortVersionsNewestFirst } from '@/lib/version-compare';
import type { Db } from '../db';
import { findUnfinished } from '../core/operations';
import {
  latestOf,
  sourceComponents,
  versionComponents,
  type TemplateRecord,
  type TemplateVersionRecord,
} from './state';

/** Templates as the contract shows them: stored components stay behind. */
function unpublishedChanges(t: TemplateRecord) {
  const latest = versionComponents(t, latestOf(t).version);
  const source = sourceComponents(t);
  if (source === latest)
    return { summary: { ...emptySummary(), unchanged: latest.length }, components: [] };
  const diff = diffTemplate(latest, source);
  return { summary: diff.summary, components: changesOf(diff) };
}

export function toTemplateSummary(db: Db, t: TemplateRecord): TemplateSummary {
  const latest = latestOf(t);
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    latestVersion: latest.version,
    latestPublishedAt: latest.publishedAt,
    versionCount: t.versions.length,
    componentCount: versionComponents(t, latest.version).length,
    hasUnpublishedChanges: unpublishedChanges(t).components.length > 0,
    installedCount: db.templateUpgrades.applications.filter((a) => a.templateId === t.id).length,
    updatedAt: t.updatedAt,
  };
}

export function toRelease(t: TemplateRecord, v: TemplateVersionRecord): TemplateRelease {
  return {
    version: v.version,
    publishedAt: v.publishedAt,
    publisher: v.publisher,
    notes: v.notes,
    componentCount: versionComponents(t, v.version).length,
  };
}

export function runningPublish(db: Db, t: TemplateRecord) {
  return findUnfinished(db, templateOperationKinds.publish, t.id);
}

export function toTemplateDetail(db: Db, t: TemplateRecord): TemplateDetail {
  const order = sortVersionsNewestFirst(t.versions.map((v) => v.version));
  const publish = runningPublish(db, t);
  return {
    ...toTemplateSummary(db, t),
    revision: t.revision,
    releases: order.flatMap((version) => {
      const record = t.versions.find((v) => v.version === version);
      return record ? [toRelease(t, record)] : [];
    }),
    source: {
      name: t.source.name,
      updatedAt: t.source.updatedAt,
      unpublishedChanges: unpublishedChanges(t),
      publishing: publish
        ? {
            operationId: publish.id,
            version: String(publish.input.version),
            startedBy: publish.startedBy,
          }
        : null,
    },
  };
}
