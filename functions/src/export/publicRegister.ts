import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import { RETENTION_DECISION_NAMES } from '@prt/domain/recordTexts';
import type { Purpose } from '@prt/domain/processing';
import { escapeHtml } from './htmlEscape.js';
import { htmlPage } from './noticeRendering.js';

const LABELS: Record<
  Language,
  Record<
    | 'title'
    | 'purpose'
    | 'basis'
    | 'subjects'
    | 'categories'
    | 'recipients'
    | 'transfers'
    | 'retention'
    | 'none'
    | 'intro'
    | 'flows'
    | 'joint'
    | 'decision'
    | 'dpo',
    string
  >
> = {
  sv: {
    title: 'Behandlingar av personuppgifter',
    intro: 'Förteckning över kommunens behandlingar av personuppgifter enligt artikel 30 i dataskyddsförordningen.',
    purpose: 'Ändamål',
    basis: 'Rättslig grund',
    subjects: 'Registrerade',
    categories: 'Personuppgifter',
    recipients: 'Mottagare',
    transfers: 'Överföring till tredje land',
    retention: 'Lagringstid',
    none: 'Ingen',
    flows: 'Vem får vilka uppgifter',
    joint: 'Gemensamt personuppgiftsansvariga',
    decision: 'Beslut om gallring eller bevarande',
    dpo: 'Dataskyddsombud',
  },
  da: {
    title: 'Behandlinger af personoplysninger',
    intro: 'Fortegnelse over kommunens behandlinger af personoplysninger efter databeskyttelsesforordningens artikel 30.',
    purpose: 'Formål',
    basis: 'Retsgrundlag',
    subjects: 'Registrerede',
    categories: 'Personoplysninger',
    recipients: 'Modtagere',
    transfers: 'Overførsel til tredjelande',
    retention: 'Slettefrist',
    none: 'Ingen',
    flows: 'Hvem får hvilke oplysninger',
    joint: 'Fælles dataansvarlige',
    decision: 'Beslutning om bevaring eller kassation',
    dpo: 'Databeskyttelsesrådgiver',
  },
  en: {
    title: 'Processing of personal data',
    intro: "The municipality's record of processing activities under Article 30 of the GDPR.",
    purpose: 'Purpose',
    basis: 'Legal basis',
    subjects: 'Data subjects',
    categories: 'Personal data',
    recipients: 'Recipients',
    transfers: 'Transfers to third countries',
    retention: 'Retention',
    none: 'None',
    flows: 'Who gets which data',
    joint: 'Joint controllers',
    decision: 'Retention decision',
    dpo: 'Data protection officer',
  },
};

/**
 * The who-gets-what matrix as a table a data subject can read: data categories as rows, data subjects as columns,
 * the recipients in each cell. Only the names the purpose itself lists are shown.
 */
function flowsTable(purpose: Purpose, l: (typeof LABELS)[Language]): string {
  const flows = purpose.dataFlows ?? [];
  if (!flows.length) return '';
  const subjects = purpose.dataSubjectCategories.filter((s) => flows.some((f) => f.subject === s));
  const categories = purpose.personalDataCategories.map((c) => c.name).filter((c) => flows.some((f) => f.dataCategory === c));
  const cell = (subject: string, category: string) => {
    const flow = flows.find((f) => f.subject === subject && f.dataCategory === category);
    return flow ? escapeHtml(flow.recipients.join(', ') || '–') : '';
  };
  const head = `<tr><td></td>${subjects.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('')}</tr>`;
  const rows = categories.map((c) => `<tr><th scope="row">${escapeHtml(c)}</th>${subjects.map((s) => `<td>${cell(s, c)}</td>`).join('')}</tr>`).join('');
  return `<dt>${escapeHtml(l.flows)}</dt><dd><table>${head}${rows}</table></dd>`;
}

function decisionText(purpose: Purpose, language: Language): string {
  const d = purpose.retention.decision;
  if (!d) return '';
  // What allows the retention is public (a decision's reference and who made it); nothing else about it is kept here.
  return [RETENTION_DECISION_NAMES[language][d.kind] + (d.danishCode ? ` (${d.danishCode})` : ''), d.reference, d.decidedBy, d.decidedOn ?? '']
    .filter(Boolean)
    .join(', ');
}

/**
 * The register as the public sees it: approved processings only, grouped by unit, and none of the internal
 * fields (who changed what, security measures, processor agreements, provenance, DPIA screening and record).
 */
export function publicRegisterHtml(processings: readonly Processing[], language: Language, heading: string, options: { sharedDpo?: string } = {}): string {
  const l = LABELS[language];
  const approved = processings.filter((p) => p.status === 'approved');
  const units = [...new Set(approved.map((p) => p.organisationUnit))].sort((a, b) => a.localeCompare(b, language));
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value || l.none)}</dd>`;
  const body = units
    .map((unit) => {
      const items = approved
        .filter((p) => p.organisationUnit === unit)
        .sort((a, b) => a.name.localeCompare(b.name, language))
        .map((p) => {
          const purposes = p.purposes
            .map(
              (x) =>
                `<dl>\n${row(l.purpose, x.description)}${row(l.basis, basisText(x.legalBasis, language))}${row(l.subjects, x.dataSubjectCategories.join(', '))}${row(l.categories, x.personalDataCategories.map((c) => c.name).join(', '))}${row(l.recipients, x.recipients.join(', '))}${row(l.transfers, x.thirdCountryTransfers.map((t) => t.country).join(', '))}${row(l.retention, x.retention.text)}${x.retention.decision ? row(l.decision, decisionText(x, language)) : ''}${flowsTable(x, l)}\n</dl>`,
            )
            .join('\n');
          const joint = p.jointControllers?.length
            ? `<dl>\n${row(l.joint, p.jointControllers.map((c) => [c.name, c.arrangement, c.contact].filter(Boolean).join(' – ')).join('; '))}\n</dl>\n`
            : '';
          return `<article>\n<h3>${escapeHtml(p.name)}</h3>\n${joint}${purposes}\n</article>`;
        })
        .join('\n');
      return `<section>\n<h2>${escapeHtml(unit)}</h2>\n${items}\n</section>`;
    })
    .join('\n');
  return htmlPage(
    language,
    `${l.title} – ${heading}`,
    `<main>\n<h1>${escapeHtml(l.title)} – ${escapeHtml(heading)}</h1>\n<p>${escapeHtml(l.intro)}</p>\n${options.sharedDpo ? `<p>${escapeHtml(`${l.dpo}: ${options.sharedDpo}`)}</p>\n` : ''}${body}\n</main>`,
  );
}
