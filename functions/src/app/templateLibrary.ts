import { missingRequired } from '@prt/domain/completeness';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { processingId } from '@prt/domain/identity';
import type { Principal } from '@prt/domain/principal';
import type { Processing } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { contentOf, newProcessing, sameContent } from '@prt/domain/processingLifecycle';
import { stateOf } from '@prt/domain/review';
import type { ParsedTemplateSet, ProcessingTemplate, TemplateIssue } from '@prt/domain/templates/processingTemplate';
import { processingDriftFromTemplate, templateChanges, type TemplateFieldChange } from '@prt/domain/templates/templateChanges';
import { applyTemplateUpdate, processingFromTemplate, templateOrigin } from '@prt/domain/templates/templateProcessing';
import type { ErrorCode } from '@prt/domain/errorCodes';
import { fieldError, validateProcessingContent } from '@prt/domain/validation';
import { requireRole } from '../auth/authenticator.js';
import type { ProcessingRepository, Stored } from '../store/processingRepository.js';
import { templateAdoptionId, templateSetId, templateVersionId } from '../store/templateIds.js';
import type { TemplateRepository, TemplateSetDocument } from '../store/templateRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import type { Clock } from '../time/clock.js';
import { proposeChange } from './review/propose.js';
import type { ReviewDependencies } from './review/reviewDependencies.js';
import { audit, versionOf } from './review/versionRecords.js';

export interface TemplateDependencies {
  templates: TemplateRepository;
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
  clock: Clock;
}

export interface UploadOutcome {
  format: ParsedTemplateSet['format'];
  sets: { source: string; added: string[]; changed: string[]; removed: string[]; unchanged: string[] }[];
  issues: TemplateIssue[];
  /** Items that could not be read at all; with any, nothing was stored. */
  rejected: number;
}

/**
 * Stores an uploaded template set, all or nothing. With an item that could not be read at all nothing is
 * stored and the report says why per item; values left out of a readable item ("partial") are reported and
 * the rest stored. Template versions are immutable documents keyed by their content hash and the set document
 * naming the current versions is written last, so an upload cut short leaves the library as it was and the
 * same file uploaded again completes it.
 */
export async function uploadTemplates(deps: TemplateDependencies, principal: Principal, parsed: ParsedTemplateSet): Promise<UploadOutcome> {
  requireRole(principal, 'dpo', 'admin');
  const rejected = parsed.issues.filter((i) => i.severity === 'skipped').length;
  const outcome: UploadOutcome = { format: parsed.format, sets: [], issues: parsed.issues, rejected };
  if (rejected > 0) return outcome;
  if (parsed.templates.length === 0) throw new ValidationError([fieldError('body', 'template.selectionRequired', {}, 'the file holds no template')]);
  const at = deps.clock.now().toISOString();
  const bySource = new Map<string, ProcessingTemplate[]>();
  for (const t of parsed.templates) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  for (const [source, templates] of bySource) {
    const previous = await deps.templates.getSet(principal.tenantId, source);
    const before = new Map((previous?.value.templates ?? []).map((e) => [e.templateId, e.version]));
    for (const template of templates) {
      // The set document is written after its versions, so a version it names is stored already.
      if (before.get(template.templateId) === template.version) continue;
      await deps.templates
        .createVersion({
          id: templateVersionId(source, template.templateId, template.version),
          kind: 'templateVersion',
          tenantId: principal.tenantId,
          template,
          uploadedAt: at,
          uploadedBy: principal.userId,
        })
        // The id is the content hash: a version stored already is this very text.
        .catch(ignoreExisting);
    }
    const entries = templates.map((t) => ({ templateId: t.templateId, version: t.version }));
    const set: TemplateSetDocument = {
      id: templateSetId(source),
      kind: 'templateSet',
      tenantId: principal.tenantId,
      source,
      format: parsed.format,
      templates: entries,
      uploadedAt: at,
      uploadedBy: principal.userId,
    };
    const same = previous && sameEntries(previous.value.templates, entries);
    if (!same) {
      try {
        if (previous) await deps.templates.replaceSet(set, previous.etag);
        else await deps.templates.createSet(set);
      } catch (error) {
        if (error instanceof PreconditionFailedError || error instanceof ConflictError) {
          throw new PreconditionFailedError('template.setChanged', {}, 'another upload of this set was stored meanwhile; reload and upload again');
        }
        throw error;
      }
    }
    const ids = new Set(entries.map((e) => e.templateId));
    outcome.sets.push({
      source,
      added: entries.filter((e) => !before.has(e.templateId)).map((e) => e.templateId),
      changed: entries.filter((e) => before.has(e.templateId) && before.get(e.templateId) !== e.version).map((e) => e.templateId),
      unchanged: entries.filter((e) => before.get(e.templateId) === e.version).map((e) => e.templateId),
      removed: [...before.keys()].filter((id) => !ids.has(id)),
    });
  }
  return outcome;
}

export interface TemplateSetView {
  source: string;
  format: TemplateSetDocument['format'];
  uploadedAt: string;
  templates: ProcessingTemplate[];
}

/** The library's sets with their current templates (versions named by each set document). */
export async function listTemplates(deps: Pick<TemplateDependencies, 'templates'>, principal: Principal): Promise<TemplateSetView[]> {
  requireRole(principal, 'dpo', 'admin');
  const sets = await deps.templates.listSets(principal.tenantId);
  const views: TemplateSetView[] = [];
  for (const set of sets) {
    const versions = await deps.templates.versionsOf(principal.tenantId, set.source);
    const byKey = new Map(versions.map((v) => [`${v.templateId}\u0000${v.version}`, v]));
    const templates = set.templates.flatMap((e) => byKey.get(`${e.templateId}\u0000${e.version}`) ?? []);
    views.push({ source: set.source, format: set.format, uploadedAt: set.uploadedAt, templates });
  }
  return views;
}

export interface StartRequest {
  source: string;
  templateIds: string[];
  organisationUnit: string;
  controller?: string;
  dpoContact?: string;
}

export interface StartOutcome {
  created: { templateId: string; processingId: string; status: 'draft' | 'pending' }[];
  /** Created by an earlier run of the same request (or by hand from the same template): left as they are. */
  existing: { templateId: string; processingId: string }[];
  refused: { templateId: string; field?: string; code: ErrorCode; params: Record<string, unknown> }[];
}

/**
 * Starts a unit's register from templates: one processing per template, never approved. A processing whose
 * template fills every required field goes to the DPO's review as a report (pending); one that still lacks
 * categories or retention (KL's templates name neither) is a draft for the unit to complete and report. Ids
 * come from unit and name, so running the same request again finds what it created and adds nothing.
 */
export async function startFromTemplates(deps: TemplateDependencies, principal: Principal, request: StartRequest): Promise<StartOutcome> {
  requireRole(principal, 'dpo', 'admin');
  const unit = request.organisationUnit.trim();
  if (!unit) throw new ValidationError([fieldError('organisationUnit', 'template.unitRequired', {}, 'name the unit')]);
  if (request.templateIds.length === 0)
    throw new ValidationError([fieldError('templateIds', 'template.selectionRequired', {}, 'choose at least one template')]);
  const set = await deps.templates.getSet(principal.tenantId, request.source);
  if (!set) throw new NotFoundError('template.notFound', {}, 'no template set with that source');
  const current = new Map(set.value.templates.map((e) => [e.templateId, e.version]));
  // The unit's other processings name its controller and DPO; the request may name them instead.
  const unitProcessings = await deps.processings.list(principal.tenantId, { organisationUnit: unit });
  const target = {
    organisationUnit: unit,
    controller: request.controller?.trim() || unitProcessings.find((p) => p.controller)?.controller || '',
    dpoContact: request.dpoContact?.trim() || unitProcessings.find((p) => p.dpoContact)?.dpoContact || '',
  };
  const outcome: StartOutcome = { created: [], existing: [], refused: [] };
  const at = deps.clock.now();
  for (const templateId of [...new Set(request.templateIds)]) {
    const version = current.get(templateId);
    const template = version ? await deps.templates.getVersion(principal.tenantId, request.source, templateId, version) : undefined;
    if (!template) {
      outcome.refused.push({ templateId, code: 'template.notFound', params: {} });
      continue;
    }
    const built = processingFromTemplate(template, target);
    // The same checks as a report or an import: a template's text is uploaded, not trusted.
    const validated = validateProcessingContent(built);
    if (!validated.ok) {
      const [first] = validated.errors;
      outcome.refused.push({
        templateId,
        ...(first?.field ? { field: first.field } : {}),
        code: first?.code ?? 'request.invalid',
        params: first?.params ?? {},
      });
      continue;
    }
    const content = validated.value;
    const id = processingId(unit, content.name);
    const existing = await deps.processings.get(principal.tenantId, id);
    if (existing) {
      const origin = existing.value.provenance.template;
      if (origin && origin.source === template.source && origin.templateId === template.templateId) {
        await completeReport(deps, principal, existing.value);
        outcome.existing.push({ templateId, processingId: id });
      } else outcome.refused.push({ templateId, code: 'template.nameTaken', params: { name: content.name } });
      continue;
    }
    const status = missingRequired(content).length === 0 ? 'pending' : 'draft';
    const processing = newProcessing(content, { tenantId: principal.tenantId, actorId: principal.userId, at }, status, {
      kind: 'template',
      reference: template.source,
      template: templateOrigin(template),
    });
    try {
      await deps.processings.create(processing);
    } catch (error) {
      // A concurrent run of the same request created it: that one is ours too.
      if (!(error instanceof ConflictError)) throw error;
      const raced = await deps.processings.get(principal.tenantId, id);
      const racedOrigin = raced?.value.provenance.template;
      if (!raced || racedOrigin?.source !== template.source || racedOrigin.templateId !== template.templateId) throw error;
      await completeReport(deps, principal, raced.value);
      outcome.existing.push({ templateId, processingId: id });
      continue;
    }
    await completeReport(deps, principal, processing);
    outcome.created.push({ templateId, processingId: id, status });
  }
  return outcome;
}

/** A pending processing from a template is a report like any other: its version 1 and the audit event, each once. */
async function completeReport(deps: TemplateDependencies, principal: Principal, processing: Processing): Promise<void> {
  if (processing.status !== 'pending' || processing.version !== 1) return;
  const version = versionOf(
    processing,
    1,
    null,
    null,
    diffProcessing(undefined, contentOf(processing)),
    processing.createdBy,
    new Date(processing.createdAt),
    'report',
  );
  await deps.versions.createVersion(version).catch(ignoreExisting);
  await audit(deps, principal.userId, version, 'reported', new Date(processing.createdAt));
}

export interface TemplateUpdateView {
  processingId: string;
  name: string;
  organisationUnit: string;
  status: Processing['status'];
  source: string;
  templateId: string;
  fromVersion: string;
  /** Absent when the template is no longer in its set. */
  toVersion?: string;
  removed: boolean;
  /** What the template changed between the two versions. */
  changes: TemplateFieldChange[];
  /** What the unit changed against the version it started from. */
  drift: TemplateFieldChange[];
  /** Changes a proposal would bring in, and those kept as the unit wrote them. */
  applicable: TemplateFieldChange[];
  keptLocal: TemplateFieldChange[];
  /** A proposal with this update awaits the DPO's decision. */
  proposedVersion?: number;
  etag: string;
}

/** Every processing created from a template version that is no longer its set's current one, and what changed. */
export async function templateUpdates(deps: TemplateDependencies, principal: Principal): Promise<TemplateUpdateView[]> {
  requireRole(principal, 'dpo', 'admin');
  const sets = new Map((await deps.templates.listSets(principal.tenantId)).map((s) => [s.source, s]));
  const adoptions = await deps.templates.adoptions(principal.tenantId);
  const views: TemplateUpdateView[] = [];
  for (const processing of await deps.processings.list(principal.tenantId)) {
    const origin = processing.provenance.template;
    if (!origin || processing.status === 'archived' || processing.status === 'rejected') continue;
    const set = sets.get(origin.source);
    if (!set) continue;
    const followed = await followedVersion(deps, principal.tenantId, processing, origin.templateVersion, adoptions);
    const toVersion = set.templates.find((e) => e.templateId === origin.templateId)?.version;
    if (toVersion === followed.version && followed.proposedVersion === undefined) continue;
    const oldTemplate = await deps.templates.getVersion(principal.tenantId, origin.source, origin.templateId, followed.version);
    const newTemplate = toVersion ? await deps.templates.getVersion(principal.tenantId, origin.source, origin.templateId, toVersion) : undefined;
    if (!oldTemplate) continue;
    const stored = await deps.processings.get(principal.tenantId, processing.id);
    const proposal = newTemplate ? applyTemplateUpdate(contentOf(processing), oldTemplate, newTemplate) : undefined;
    views.push({
      processingId: processing.id,
      name: processing.name,
      organisationUnit: processing.organisationUnit,
      status: processing.status,
      source: origin.source,
      templateId: origin.templateId,
      fromVersion: followed.version,
      ...(toVersion ? { toVersion } : {}),
      removed: !toVersion,
      changes: newTemplate ? templateChanges(oldTemplate, newTemplate) : [],
      drift: processingDriftFromTemplate(processing, oldTemplate),
      applicable: proposal?.applied ?? [],
      keptLocal: proposal?.keptLocal ?? [],
      ...(followed.proposedVersion !== undefined ? { proposedVersion: followed.proposedVersion } : {}),
      etag: stored?.etag ?? '',
    });
  }
  return views.sort((a, b) => a.organisationUnit.localeCompare(b.organisationUnit, 'sv') || a.name.localeCompare(b.name, 'sv'));
}

/**
 * The template version a processing follows: the one it was created from, or the newest one a template update
 * brought in once the DPO approved it. An update still awaiting review is reported as proposed.
 */
async function followedVersion(
  deps: TemplateDependencies,
  tenantId: string,
  processing: Processing,
  createdFrom: string,
  adoptions: readonly { processingId: string; processingVersion: number; templateVersion: string }[],
): Promise<{ version: string; proposedVersion?: number }> {
  const own = adoptions.filter((a) => a.processingId === processing.id).sort((a, b) => b.processingVersion - a.processingVersion);
  if (own.length === 0) return { version: createdFrom };
  const { versions, decisions } = await deps.versions.history(tenantId, processing.id);
  const stateOfVersion = (n: number) => {
    const version = versions.find((v) => v.version === n);
    return version
      ? stateOf(
          version,
          decisions.find((d) => d.version === n),
        )
      : undefined;
  };
  const approved = own.find((a) => stateOfVersion(a.processingVersion) === 'approved');
  const pending = own.find((a) => stateOfVersion(a.processingVersion) === 'pending');
  return {
    version: approved?.templateVersion ?? createdFrom,
    ...(pending && (!approved || pending.processingVersion > approved.processingVersion) ? { proposedVersion: pending.processingVersion } : {}),
  };
}

/**
 * Proposes a template update into a processing through the normal review flow (a change proposal, or the
 * revision of a report not yet approved); the DPO decides it like any other. Recorded last, so a proposal cut
 * short is found and completed by proposing again. A draft (created from a template, not yet reported) takes
 * the update directly.
 */
export async function proposeTemplateUpdate(
  deps: TemplateDependencies & ReviewDependencies,
  principal: Principal,
  id: string,
  ifMatch: string,
): Promise<{ version: number; applied: TemplateFieldChange[]; keptLocal: TemplateFieldChange[] }> {
  requireRole(principal, 'dpo', 'admin');
  const update = (await templateUpdates(deps, principal)).find((u) => u.processingId === id);
  const stored: Stored<Processing> | undefined = await deps.processings.get(principal.tenantId, id);
  if (!stored) throw new NotFoundError('processing.notFound', {}, 'processing not found');
  const origin = stored.value.provenance.template;
  if (!origin) throw new ValidationError([fieldError('', 'template.notFromTemplate', {}, 'the processing was not created from a template')]);
  if (!update || !update.toVersion) throw new ValidationError([fieldError('', 'template.nothingToApply', {}, 'the template has no newer version')]);
  const oldTemplate = await deps.templates.getVersion(principal.tenantId, origin.source, origin.templateId, update.fromVersion);
  const newTemplate = await deps.templates.getVersion(principal.tenantId, origin.source, origin.templateId, update.toVersion);
  if (!oldTemplate || !newTemplate) throw new NotFoundError('template.notFound', {}, 'template version not found');
  const proposal = applyTemplateUpdate(contentOf(stored.value), oldTemplate, newTemplate);
  if (proposal.applied.length === 0)
    throw new ValidationError([fieldError('', 'template.nothingToApply', {}, 'every change is to a field the unit changed itself')]);
  if (stored.value.status === 'draft') {
    // A draft is the unit's working copy, not yet reported: the update goes into it directly, and the draft
    // still goes through review when the unit reports it.
    if (stored.etag !== ifMatch) throw new PreconditionFailedError('processing.changed', {}, 'the processing was changed by someone else; reload it');
    const at = deps.clock.now().toISOString();
    await deps.processings.replace(
      {
        ...stored.value,
        ...proposal.content,
        provenance: { ...stored.value.provenance, template: { ...origin, templateVersion: newTemplate.version } },
        updatedAt: at,
        updatedBy: principal.userId,
      },
      stored.etag,
    );
    return { version: stored.value.version, applied: proposal.applied, keptLocal: proposal.keptLocal };
  }
  const comment = `Template ${origin.source}/${origin.templateId}: ${update.fromVersion} → ${newTemplate.version}`;
  const version = await proposeChange(deps, principal, id, proposal.content, ifMatch, comment).catch(async (error: unknown) => {
    // Proposed before, but cut short before the adoption was recorded: that open proposal is this one.
    if (!(error instanceof ConflictError) || error.code !== 'proposal.alreadyOpen') throw error;
    const { versions, decisions } = await deps.versions.history(principal.tenantId, id);
    const open = versions.find(
      (v) =>
        stateOf(
          v,
          decisions.find((d) => d.version === v.version),
        ) === 'pending' &&
        v.proposedBy === principal.userId &&
        sameContent(v.content, proposal.content),
    );
    if (!open) throw error;
    return open;
  });
  await deps.templates
    .recordAdoption({
      id: templateAdoptionId(id, version.version),
      kind: 'templateAdoption',
      tenantId: principal.tenantId,
      processingId: id,
      processingVersion: version.version,
      source: origin.source,
      templateId: origin.templateId,
      templateVersion: newTemplate.version,
      at: version.proposedAt,
      by: principal.userId,
    })
    .catch(ignoreExisting);
  return { version: version.version, applied: proposal.applied, keptLocal: proposal.keptLocal };
}

function sameEntries(a: readonly { templateId: string; version: string }[], b: readonly { templateId: string; version: string }[]): boolean {
  const key = (list: readonly { templateId: string; version: string }[]) =>
    list
      .map((e) => `${e.templateId}\u0000${e.version}`)
      .sort()
      .join('\u0001');
  return key(a) === key(b);
}

function ignoreExisting(error: unknown): void {
  if (!(error instanceof ConflictError)) throw error;
}
