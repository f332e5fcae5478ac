import { createHash } from 'node:crypto';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import type { Language } from '@prt/domain/language';
import type { Processing, Purpose } from '@prt/domain/processing';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import {
  ARTICLE_9_LABELS,
  CRITERION_LABELS,
  DECISION_KIND_LABELS,
  HOSTING_LABELS,
  REPORT_LABELS,
  RISK_LABELS,
  ROLE_LABELS,
  SAFEGUARD_LABELS,
} from './reportLabels.js';

export type FieldRow = readonly [label: string, value: string];

/** The content of the register for the authority, independent of the file format it is written in. */
export type ReportBlock =
  { kind: 'heading'; text: string } | { kind: 'fields'; rows: FieldRow[] } | { kind: 'table'; caption: string; headers: string[]; rows: string[][] };

export interface ReportEntry {
  /** A bookmark/destination name, unique in the document. */
  anchor: string;
  title: string;
  /** The unit the processing belongs to, shown in the table of contents. */
  unit: string;
  blocks: ReportBlock[];
}

export interface RegisterReport {
  language: Language;
  title: string;
  subtitle: string;
  municipality: string;
  cover: FieldRow[];
  contentsTitle: string;
  pageLabel: string;
  entries: ReportEntry[];
}

export interface RegisterReportInput {
  processings: readonly Processing[];
  /** The register entities the processings link to by id; missing ones fall back to the processing's own copy. */
  systems?: readonly RegisterSystem[];
  processors?: readonly RegisterProcessor[];
  language: Language;
  municipality: string;
  /** The controller (nämnd) or unit the report is limited to; absent for the whole municipality. */
  scope?: string;
  producedAt: string;
}

/**
 * Characters that XML 1.0 (inside .docx) cannot hold and that PDF text shows as boxes: C0/C1 controls except tab
 * and line feed, and the non-characters U+FFFE/U+FFFF. Register text comes from imports and forms, so anything can be in it.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Count, latest change and a hash of every (id, version): two reports with the same version hold the same records. */
export function registerVersion(processings: readonly Processing[]): { count: number; latest: string; hash: string } {
  const keys = processings.map((p) => `${p.id}@${p.version}`).sort();
  const latest = processings.reduce((max, p) => (p.updatedAt > max ? p.updatedAt : max), '');
  return { count: processings.length, latest, hash: createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 12) };
}

function instantText(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
}

/** The approved processings of the register, each with every item linked to it, in the order the authority reads them. */
export function registerReport(input: RegisterReportInput): RegisterReport {
  const { language } = input;
  const l = REPORT_LABELS[language];
  const approved = input.processings
    .filter((p) => p.status === 'approved')
    .sort((a, b) => a.organisationUnit.localeCompare(b.organisationUnit, language) || a.name.localeCompare(b.name, language) || a.id.localeCompare(b.id));
  const version = registerVersion(approved);
  const systems = new Map((input.systems ?? []).map((s) => [s.id, s]));
  const processors = new Map((input.processors ?? []).map((p) => [p.id, p]));
  const stated = (value: string | undefined) => (value?.trim() ? value : l.notStated);
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : l.notStated);
  const yesNo = (value: boolean) => (value ? l.yes : l.no);

  const purposeBlocks = (purpose: Purpose, index: number): ReportBlock[] => {
    const basis = purpose.legalBasis;
    const retention = purpose.retention;
    const decision = retention.decision;
    const rows: FieldRow[] = [
      [l.purpose, stated(purpose.description)],
      [l.article6, stated(basisText(basis, language, '; '))],
      ...(basis.article9.length ? [[l.article9, basis.article9.map((c) => ARTICLE_9_LABELS[language][c]).join('; ')] as const] : []),
      [l.article10, yesNo(basis.article10)],
      ...(basis.nationalLaw ? [[l.nationalLaw, basis.nationalLaw] as const] : []),
      ...(basis.originalText && basis.originalText !== basisText(basis, language, '; ') ? [[l.originalWording, basis.originalText] as const] : []),
      [l.dataSubjects, list(purpose.dataSubjectCategories)],
      [l.dataCategories, list(purpose.personalDataCategories.map((c) => (c.special ? `${c.name} (${l.special})` : c.name)))],
      [l.recipients, list(purpose.recipients)],
      [l.sources, list(purpose.sources)],
      [l.retention, stated(retention.text)],
      ...(retention.startingEvent ? [[l.startingEvent, retention.startingEvent] as const] : []),
      ...(retention.preserved ? [[l.preserved, l.yes] as const] : []),
      ...(decision
        ? [
            [
              l.decision,
              [
                DECISION_KIND_LABELS[language][decision.kind],
                decision.reference,
                decision.danishCode ?? '',
                decision.decidedOn ? `${l.decidedOn} ${decision.decidedOn}` : '',
                decision.decidedBy ? `${l.decidedBy} ${decision.decidedBy}` : '',
              ]
                .filter(Boolean)
                .join(', '),
            ] as const,
          ]
        : []),
      ...(purpose.thirdCountryTransfers.length ? [] : [[l.transfers, l.noTransfers] as const]),
    ];
    const blocks: ReportBlock[] = [
      { kind: 'heading', text: `${l.purpose} ${index + 1}` },
      { kind: 'fields', rows },
    ];
    if (purpose.thirdCountryTransfers.length) {
      blocks.push({
        kind: 'table',
        caption: l.transfers,
        headers: [l.country, l.safeguard, l.details, l.tia],
        rows: purpose.thirdCountryTransfers.map((t) => [
          stated(t.country),
          SAFEGUARD_LABELS[language][t.safeguard],
          t.details,
          t.impactAssessment
            ? [t.impactAssessment.assessedOn, t.impactAssessment.conclusion, t.impactAssessment.supplementaryMeasures, t.impactAssessment.reference]
                .filter(Boolean)
                .join('\n')
            : '',
        ]),
      });
    }
    if (purpose.dataFlows?.length) {
      blocks.push({
        kind: 'table',
        caption: l.matrix,
        headers: [l.matrixSubject, l.matrixCategory, l.matrixRecipients],
        rows: purpose.dataFlows.map((f) => [f.subject, f.dataCategory, f.recipients.length ? f.recipients.join(', ') : l.staysWithController]),
      });
    }
    return blocks;
  };

  const entries = approved.map((p, index): ReportEntry => {
    const blocks: ReportBlock[] = [
      {
        kind: 'fields',
        rows: [
          [l.controller, stated(p.controller)],
          [l.unit, stated(p.organisationUnit)],
          [l.role, ROLE_LABELS[language][p.role ?? 'controller']],
          [l.dpoContact, stated(p.dpoContact)],
          [l.recordVersion, String(p.version)],
          [l.updatedAt, instantText(p.updatedAt)],
          ...(p.lastReviewedAt ? [[l.lastReviewed, instantText(p.lastReviewedAt)] as const] : []),
        ],
      },
    ];
    if (p.jointControllers?.length) {
      blocks.push({
        kind: 'table',
        caption: l.jointControllers,
        headers: [l.controller, l.arrangement, l.contact],
        rows: p.jointControllers.map((j) => [j.name, j.arrangement, j.contact]),
      });
    }
    if (p.processorRecord) {
      const r = p.processorRecord;
      blocks.push({ kind: 'heading', text: l.processorRecord });
      blocks.push({
        kind: 'table',
        caption: l.onBehalfOf,
        headers: [l.controller, l.contact, l.representative],
        rows: r.controllers.map((c) => [c.name, c.contact, c.representative]),
      });
      blocks.push({
        kind: 'fields',
        rows: [
          [l.categoriesOfProcessing, list(r.categoriesOfProcessing)],
          [l.agreementReference, stated(r.agreementReference)],
        ],
      });
    }
    p.purposes.forEach((purpose, i) => blocks.push(...purposeBlocks(purpose, i)));
    blocks.push({
      kind: 'table',
      caption: l.systems,
      headers: [l.systemName, l.kind, l.supplier, l.systemOwner, l.hosting, l.location, l.archiveDuty],
      rows: p.systems.map((s) => {
        const entity = s.id ? systems.get(s.id) : undefined;
        return entity
          ? [
              entity.name,
              stated(entity.kind),
              stated(entity.supplier),
              stated(entity.systemOwner),
              HOSTING_LABELS[language][entity.hosting],
              stated(entity.location),
              yesNo(entity.archiveDuty),
            ]
          : [s.name, stated(s.kind), l.notStated, l.notStated, l.notStated, l.notStated, l.notStated];
      }),
    });
    blocks.push({
      kind: 'table',
      caption: l.processors,
      headers: [l.processorName, l.dpa, l.signedOn, l.validUntil, l.reference, l.subProcessors, l.location],
      rows: p.processors.map((x) => {
        const entity = x.id ? processors.get(x.id) : undefined;
        const agreement = entity?.agreements.find((a) => a.inPlace) ?? entity?.agreements[0];
        if (!entity || !agreement)
          return [x.name, x.agreementInPlace ? l.dpaInPlace : l.dpaMissing, l.notStated, l.notStated, l.notStated, l.notStated, stated(entity?.location)];
        return [
          entity.name,
          agreement.inPlace ? l.dpaInPlace : l.dpaMissing,
          stated(agreement.signedOn),
          stated(agreement.validUntil),
          stated(agreement.reference),
          agreement.subProcessors.length ? agreement.subProcessors.map((s) => (s.location ? `${s.name} (${s.location})` : s.name)).join(', ') : l.none,
          stated(entity.location),
        ];
      }),
    });
    blocks.push({ kind: 'fields', rows: [[l.securityMeasures, list(p.securityMeasures)]] });
    const screening = p.dpia?.screening;
    const assessment = p.dpia?.assessment;
    blocks.push({ kind: 'heading', text: l.dpiaHeading });
    blocks.push({
      kind: 'fields',
      rows: [
        [l.dpiaRequired, yesNo(p.dpiaRequired)],
        ...(screening
          ? [
              [l.screening, `${screening.required ? l.dpiaRequired : `${l.dpiaRequired}: ${l.no}`} (${l.screenedOn} ${screening.screenedOn})`] as const,
              [l.criteria, screening.criteria.length ? screening.criteria.map((c) => CRITERION_LABELS[language][c]).join('; ') : l.none] as const,
              ...(screening.reason ? [[l.reason, screening.reason] as const] : []),
            ]
          : []),
        ...(assessment
          ? [
              [l.performedOn, assessment.performedOn] as const,
              [l.conclusion, stated(assessment.conclusion)] as const,
              [l.residualRisk, RISK_LABELS[language][assessment.residualRisk]] as const,
              [
                l.priorConsultation,
                assessment.priorConsultation ? `${l.yes}${assessment.priorConsultationOn ? `, ${assessment.priorConsultationOn}` : ''}` : l.no,
              ] as const,
              ...(assessment.nextReviewOn ? [[l.nextReview, assessment.nextReviewOn] as const] : []),
            ]
          : []),
      ],
    });
    return { anchor: `p${index + 1}`, title: p.name, unit: p.organisationUnit, blocks: blocks.map(clean) };
  });

  return {
    language,
    title: l.title,
    subtitle: l.subtitle,
    municipality: printable(input.municipality),
    cover: [
      [l.scope, printable(input.scope || l.wholeMunicipality)],
      [l.produced, instantText(input.producedAt)],
      [l.version, fill(l.versionValue, { count: version.count, latest: instantText(version.latest) || l.notStated, hash: version.hash })],
    ],
    contentsTitle: l.contents,
    pageLabel: l.page,
    entries: entries.map((e) => ({ ...e, title: printable(e.title) || l.notStated, unit: printable(e.unit) })),
  };
}

function clean(block: ReportBlock): ReportBlock {
  switch (block.kind) {
    case 'heading':
      return { kind: 'heading', text: printable(block.text) };
    case 'fields':
      return { kind: 'fields', rows: block.rows.map(([label, value]) => [label, printable(value)] as const) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(printable)) };
  }
}
