import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import { RETENTION_DECISION_NAMES } from '@prt/domain/recordTexts';
import { matrixLayout } from '@prt/domain/register/matrixLayout';
import type { Purpose } from '@prt/domain/processing';
import { escapeHtml } from './htmlEscape.js';
import { htmlPage } from './noticeRendering.js';

type Label =
  | 'title'
  | 'intro'
  | 'contents'
  | 'produced'
  | 'dpo'
  | 'notice'
  | 'purpose'
  | 'basis'
  | 'subjects'
  | 'categories'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'jointControllers'
  | 'noTransfers'
  | 'notStated'
  | 'flows'
  | 'decision';

const LABELS: Record<Language, Record<Label, string>> = {
  sv: {
    title: 'Behandlingar av personuppgifter',
    intro: 'Förteckning över kommunens behandlingar av personuppgifter enligt artikel 30 i dataskyddsförordningen.',
    contents: 'Innehåll',
    produced: 'Framställd',
    dpo: 'Dataskyddsombud',
    notice: 'Information till registrerade (artikel 13 och 14)',
    purpose: 'Ändamål',
    basis: 'Rättslig grund',
    subjects: 'Registrerade',
    categories: 'Personuppgifter',
    recipients: 'Mottagare',
    transfers: 'Överföring till tredje land',
    retention: 'Lagringstid',
    jointControllers: 'Gemensamt personuppgiftsansvariga',
    noTransfers: 'Ingen överföring till tredje land',
    notStated: 'uppgift saknas',
    flows: 'Vem får vilka uppgifter',
    decision: 'Beslut om gallring eller bevarande',
  },
  da: {
    title: 'Behandlinger af personoplysninger',
    intro: 'Fortegnelse over kommunens behandlinger af personoplysninger efter databeskyttelsesforordningens artikel 30.',
    contents: 'Indhold',
    produced: 'Udarbejdet',
    dpo: 'Databeskyttelsesrådgiver',
    notice: 'Oplysning til de registrerede (artikel 13 og 14)',
    purpose: 'Formål',
    basis: 'Retsgrundlag',
    subjects: 'Registrerede',
    categories: 'Personoplysninger',
    recipients: 'Modtagere',
    transfers: 'Overførsel til tredjelande',
    retention: 'Slettefrist',
    jointControllers: 'Fælles dataansvarlige',
    noTransfers: 'Ingen overførsel til tredjelande',
    notStated: 'oplysning mangler',
    flows: 'Hvem får hvilke oplysninger',
    decision: 'Beslutning om bevaring eller kassation',
  },
  en: {
    title: 'Processing of personal data',
    intro: "The municipality's record of processing activities under Article 30 of the GDPR.",
    contents: 'Contents',
    produced: 'Produced',
    dpo: 'Data protection officer',
    notice: 'Information to data subjects (Articles 13 and 14)',
    purpose: 'Purpose',
    basis: 'Legal basis',
    subjects: 'Data subjects',
    categories: 'Personal data',
    recipients: 'Recipients',
    transfers: 'Transfers to third countries',
    retention: 'Retention',
    jointControllers: 'Joint controllers',
    noTransfers: 'No transfer to third countries',
    notStated: 'not stated',
    flows: 'Who gets which data',
    decision: 'Retention decision',
  },
};

export interface PublicRegisterOptions {
  language: Language;
  heading: string;
  /** The instant the page is produced (ISO); the page shows its date. */
  producedAt: string;
  /** Where the processing's privacy notice is published in this language; absent leaves the link out. */
  noticeHref?: (processingId: string, language: Language) => string;
  /** The tenant's shared DPO as the exports print it (TENANT_SETTINGS), listed with the records' own contacts. */
  sharedDpo?: string;
}

/**
 * The who-gets-what matrix as a table a data subject can read: data categories as rows, data subjects as columns,
 * the recipients in each cell. Only the names the purpose itself lists are shown.
 */
function flowsTable(purpose: Purpose, l: (typeof LABELS)[Language]): string {
  if (!purpose.dataFlows?.length) return '';
  const { subjects, categories, cell: flowAt } = matrixLayout(purpose);
  const cell = (subject: string, category: string) => {
    const flow = flowAt(subject, category);
    return flow ? escapeHtml(flow.recipients.join(', ') || '–') : '';
  };
  const head = `<tr><td></td>${subjects.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('')}</tr>`;
  const rows = categories.map((c) => `<tr><th scope="row">${escapeHtml(c)}</th>${subjects.map((s) => `<td>${cell(s, c)}</td>`).join('')}</tr>`).join('');
  return `<dt>${escapeHtml(l.flows)}</dt><dd><table><thead>${head}</thead><tbody>${rows}</tbody></table></dd>`;
}

function decisionText(purpose: Purpose, language: Language): string {
  const d = purpose.retention.decision;
  if (!d) return '';
  // What allows the retention is public (a decision's reference and who made it); nothing else about it is kept here.
  return [RETENTION_DECISION_NAMES[language][d.kind] + (d.danishCode ? ` (${d.danishCode})` : ''), d.reference, d.decidedBy, d.decidedOn ?? '']
    .filter(Boolean)
    .join(', ');
}

/** A fragment id from a processing id: ids are the store's, but the page must stay valid whatever they hold. */
function anchorOf(id: string): string {
  return `p-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * The register as the public sees it: approved processings only, grouped by unit, and none of the internal
 * fields (who changed what, security measures, processors and their agreements, supervision, DPIA, provenance).
 * Where the register is silent the page says so ("uppgift saknas") rather than printing something that reads as
 * an answer ("Ingen").
 */
export function publicRegisterHtml(processings: readonly Processing[], options: PublicRegisterOptions): string {
  const { language, heading } = options;
  const l = LABELS[language];
  const approved = processings
    .filter((p) => p.status === 'approved')
    .sort((a, b) => a.organisationUnit.localeCompare(b.organisationUnit, language) || a.name.localeCompare(b.name, language) || a.id.localeCompare(b.id));
  const units = [...new Set(approved.map((p) => p.organisationUnit))];
  const stated = (value: string) => (value.trim() ? escapeHtml(value) : `<em>${escapeHtml(l.notStated)}</em>`);
  // One entry per name however it was spelled: "Skatteverket" and " skatteverket" are one recipient.
  const listed = (values: readonly string[]) => {
    const seen = new Map<string, string>();
    for (const v of values.map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)) if (!seen.has(v.toLocaleLowerCase())) seen.set(v.toLocaleLowerCase(), v);
    return stated([...seen.values()].join(', '));
  };
  const row = (label: string, valueHtml: string) => `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>`;
  const dpoContacts = [...new Set([...(options.sharedDpo ? [options.sharedDpo] : []), ...approved.map((p) => p.dpoContact.trim()).filter(Boolean)])];
  const byUnit = (unit: string) => approved.filter((p) => p.organisationUnit === unit);
  const unitName = (unit: string) => (unit.trim() ? escapeHtml(unit) : escapeHtml(l.notStated));

  const contents = `<nav aria-labelledby="contents">\n<h2 id="contents">${escapeHtml(l.contents)}</h2>\n<ul>\n${units
    .map(
      (unit) =>
        `<li>${unitName(unit)}\n<ul>\n${byUnit(unit)
          .map((p) => `<li><a href="#${anchorOf(p.id)}">${stated(p.name)}</a></li>`)
          .join('\n')}\n</ul>\n</li>`,
    )
    .join('\n')}\n</ul>\n</nav>`;

  const body = units
    .map((unit) => {
      const items = byUnit(unit)
        .map((p) => {
          const purposes = p.purposes
            .map((x) => {
              const transfers = x.thirdCountryTransfers.map((t) => t.country.trim()).filter(Boolean);
              return `<dl>\n${row(l.purpose, stated(x.description))}${row(l.basis, stated(basisText(x.legalBasis, language)))}${row(
                l.subjects,
                listed(x.dataSubjectCategories),
              )}${row(l.categories, listed(x.personalDataCategories.map((c) => c.name)))}${row(l.recipients, listed(x.recipients))}${row(
                l.transfers,
                transfers.length ? listed(transfers) : escapeHtml(l.noTransfers),
              )}${row(l.retention, stated(x.retention.text))}${x.retention.decision ? row(l.decision, escapeHtml(decisionText(x, language))) : ''}${flowsTable(x, l)}\n</dl>`;
            })
            .join('\n');
          const joint = p.jointControllers?.length
            ? `\n<dl>\n${row(l.jointControllers, listed(p.jointControllers.map((j) => (j.arrangement.trim() ? `${j.name} (${j.arrangement})` : j.name))))}\n</dl>`
            : '';
          const notice = options.noticeHref ? `\n<p><a href="${escapeHtml(options.noticeHref(p.id, language))}">${escapeHtml(l.notice)}</a></p>` : '';
          return `<article id="${anchorOf(p.id)}">\n<h3>${stated(p.name)}</h3>\n${purposes}${joint}${notice}\n</article>`;
        })
        .join('\n');
      return `<section>\n<h2>${unitName(unit)}</h2>\n${items}\n</section>`;
    })
    .join('\n');
  const facts = `<dl>\n${row(l.produced, `<time datetime="${escapeHtml(options.producedAt.slice(0, 10))}">${escapeHtml(options.producedAt.slice(0, 10))}</time>`)}${row(
    l.dpo,
    listed(dpoContacts),
  )}\n</dl>`;
  return htmlPage(
    language,
    `${l.title} – ${heading}`,
    `<main>\n<h1>${escapeHtml(l.title)} – ${escapeHtml(heading)}</h1>\n<p>${escapeHtml(l.intro)}</p>\n${facts}\n${contents}\n${body}\n</main>`,
  );
}
