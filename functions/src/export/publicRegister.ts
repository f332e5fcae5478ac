import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import { basisText } from '@prt/domain/privacyNotice/legalTexts';
import { escapeHtml } from './htmlEscape.js';
import { htmlPage } from './noticeRendering.js';

const LABELS: Record<
  Language,
  Record<'title' | 'purpose' | 'basis' | 'subjects' | 'categories' | 'recipients' | 'transfers' | 'retention' | 'none' | 'intro', string>
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
  },
};

/**
 * The register as the public sees it: approved processings only, grouped by unit, and none of the internal
 * fields (who changed what, security measures, processor agreements, provenance).
 */
export function publicRegisterHtml(processings: readonly Processing[], language: Language, heading: string): string {
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
                `<dl>\n${row(l.purpose, x.description)}${row(l.basis, basisText(x.legalBasis, language))}${row(l.subjects, x.dataSubjectCategories.join(', '))}${row(l.categories, x.personalDataCategories.map((c) => c.name).join(', '))}${row(l.recipients, x.recipients.join(', '))}${row(l.transfers, x.thirdCountryTransfers.map((t) => t.country).join(', '))}${row(l.retention, x.retention.text)}\n</dl>`,
            )
            .join('\n');
          return `<article>\n<h3>${escapeHtml(p.name)}</h3>\n${purposes}\n</article>`;
        })
        .join('\n');
      return `<section>\n<h2>${escapeHtml(unit)}</h2>\n${items}\n</section>`;
    })
    .join('\n');
  return htmlPage(
    language,
    `${l.title} – ${heading}`,
    `<main>\n<h1>${escapeHtml(l.title)} – ${escapeHtml(heading)}</h1>\n<p>${escapeHtml(l.intro)}</p>\n${body}\n</main>`,
  );
}
