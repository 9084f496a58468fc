import { endpoints } from '@/contract/endpoints';
import { templateOperationKinds } from '@/contract/template-upgrade-records';
import type { TemplateSortField, TemplateSummary } from '@/contract/templates';
import { refusalOf } from '@/features/templates/refusals';
import { diffTemplate } from '@/features/templates/template-diff';
import { checkPublishVersion } from '@/features/templates/upgrade-rules';
import { compareVersions } from '@/lib/version-compare';
import { route } from '../core/http';
import { publicOperation, startOperation } from '../core/operations';
import { recordAudit } from '../core/records';
import { findTemplate, latestOf, refusalProblem, versionComponents, versionRecord } from './state';
import { matchesText, paginate } from '../core/paging';
import { maskComponent, maskDiff } from '../core/secret-masking';
import { templateResource, type PublishInput } from './operations';
import { runningPublish, toRelease, toTemplateDetail, toTemplateSummary } from './view';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(field: TemplateSortField, a: TemplateSummary, b: TemplateSummary) {
  switch (field) {
    case 'latestVersion':
      return compareVersions(a.latestVersion, b.latestVersion);
    case 'componentCount':
      return a.componentCount - b.componentCount;
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

/** Templates, their versions and the diff between two versions; publishing a new version. */
export const templateHandlers = [
  route(endpoints.listTemplates, ({ db, query }) => {
    const direction = query.order === 'desc' ? -1 : 1;
    const rows = db.templateUpgrades.templates
      .filter((t) => matchesText(query.q, t.name))
      .map((t) => toTemplateSummary(db, t))
      .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.getTemplate, ({ db, params }) =>
    toTemplateDetail(db, findTemplate(db, params.templateId)),
  ),

  route(endpoints.getTemplateVersion, ({ db, params }) => {
    const t = findTemplate(db, params.templateId);
    const record = versionRecord(t, params.version);
    return {
      ...toRelease(t, record),
      templateId: t.id,
      components: versionComponents(t, record.version).map(maskComponent),
    };
  }),

  // The shared pure function's answer, with secrets masked and each side's version added.
  route(endpoints.getTemplateDiff, ({ db, params, query }) => {
    const t = findTemplate(db, params.templateId);
    const from = versionRecord(t, query.from).version;
    const to = versionRecord(t, query.to).version;
    const ignoreWhitespace = query.ignoreWhitespace ?? false;
    const diff = diffTemplate(versionComponents(t, from), versionComponents(t, to), {
      ignoreWhitespace,
    });
    const masked = maskDiff(diff, () => ({ before: from, after: to }));
    return { templateId: t.id, from, to, ignoreWhitespace, ...masked };
  }),

  route(endpoints.publishTemplateVersion, ({ db, params, body, user, now }) => {
    const t = findTemplate(db, params.templateId);
    const running = runningPublish(db, t);
    if (running) {
      throw refusalProblem(
        refusalOf('publish-running', { version: String(running.input.version) }),
      );
    }
    if (body.revision !== t.revision) {
      const facts = { what: 'template', sent: String(body.revision), current: String(t.revision) };
      throw refusalProblem(refusalOf('stale-revision', facts), t.revision);
    }
    const latest = latestOf(t).version;
    const refusal = checkPublishVersion(latest, body.version);
    if (refusal) throw refusalProblem(refusal);
    const actor = { id: user.id, name: user.name };
    const resource = templateResource(t);
    const kind = templateOperationKinds.publish;
    const input: PublishInput = {
      templateId: t.id,
      version: body.version,
      notes: body.notes,
      from: latest,
    };
    const op = startOperation(db, now, { kind, resource, actor, input: { ...input } });
    recordAudit(db, now, {
      actor,
      action: kind,
      resource,
      from: latest,
      to: body.version,
      comment: body.notes || undefined,
      outcome: 'started',
    });
    return publicOperation(op);
  }),
];
