import { slugify } from '../identity.js';
import type { Article6Basis, Article9Condition, LegalBasis } from '../processing.js';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from '../processing.js';
import { KLE_CODE, MAX_TEMPLATES_PER_SET, type ParsedTemplateSet, type ProcessingTemplate, type TemplateIssue } from './processingTemplate.js';
import { withVersion } from './templateVersion.js';

/*
 * The shape read here is the one OS2compliance ships KL's 94 standard fortegnelser in, as found in
 * OS2compliance/OS2compliance (release 2.4.0): src/main/resources/data/registers/kl_article30_NN.json, read by
 * src/main/java/dk/digitalidentity/service/importer/RegisterImporter.java into RegisterDTO. One JSON object per
 * file:
 *
 *   {
 *     "packageName": "kl_article30",
 *     "name": "06. Behandling af personoplysninger i forbindelse med sygesikring",
 *     "description": "Behandling af personoplysninger sker med henblik på ...",
 *     "gdprChoices": ["register-gdpr-valp6", "register-gdpr-p6-e", "register-gdpr-valp11", "register-gdpr-p7-f", "register-gdpr-valp7"],
 *     "kleMainGroups": ["29"],
 *     "kleGroups": ["29.03"]
 *   }
 *
 * gdprChoices are ids from data/choices/register-values.json: register-gdpr-p6-a…f are Art. 6(1)(a)–(f),
 * register-gdpr-p7-a…j are Art. 9(2)(a)–(j) (OS2compliance's "p7" list is captioned "Artikel 9 stk. 2"),
 * register-gdpr-valp6 / valp7 say that an Art. 6 / Art. 9 ground is chosen, and register-gdpr-valp8…valp14 are
 * databeskyttelsesloven §§ 8–14 (§ 8 being criminal offences, i.e. Art. 10). The names start with KL's number
 * ("01.", "31.", "D."), which is the template's id here. An upload holds one such object or a JSON array of
 * them (OS2compliance keeps one per file; a set is uploaded as one file).
 */

const P6 = /^register-gdpr-p6-([a-f])$/;
const P9 = /^register-gdpr-p7-([a-j])$/;
const NATIONAL = /^register-gdpr-valp(8|9|10|11|12|13|14)$/;
const SECTION_MARKERS = new Set(['register-gdpr-valp6', 'register-gdpr-valp7']);
const LETTERS = 'abcdefghij';

/** The Danish caption of each databeskyttelseslov section, as OS2compliance's choice list gives it. */
const NATIONAL_SECTIONS: Record<string, string> = {
  '8': 'strafbare forhold',
  '9': 'retsinformationssystemer',
  '10': 'statistiske eller videnskabelige undersøgelser',
  '11': 'myndigheders behandling af personnummer',
  '12': 'ansættelsesforhold',
  '13': 'markedsføring',
  '14': 'arkivlovgivningen',
};

export const OS2COMPLIANCE_DEFAULT_SOURCE = 'kl_article30';

/** A JSON value (already parsed) in OS2compliance's register shape to templates and a per-item report. */
export function parseOs2ComplianceTemplates(json: unknown): ParsedTemplateSet {
  const items = Array.isArray(json) ? (json as unknown[]) : [json];
  const issues: TemplateIssue[] = [];
  const templates: ProcessingTemplate[] = [];
  if (items.length > MAX_TEMPLATES_PER_SET) {
    return {
      format: 'os2compliance-json',
      templates: [],
      issues: [
        {
          item: MAX_TEMPLATES_PER_SET + 1,
          severity: 'skipped',
          code: 'template.tooMany',
          params: { max: MAX_TEMPLATES_PER_SET },
          message: `a set holds at most ${MAX_TEMPLATES_PER_SET} templates`,
        },
      ],
    };
  }
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const item = index + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push({ item, severity: 'skipped', code: 'template.notAnObject', params: {}, message: 'the item is not a JSON object' });
      return;
    }
    const record = raw as Record<string, unknown>;
    const name = text(record['name']);
    if (!name) {
      issues.push({ item, field: 'name', severity: 'skipped', code: 'template.nameMissing', params: {}, message: 'the item has no name' });
      return;
    }
    const templateId = idFromName(name);
    if (seen.has(templateId)) {
      issues.push({
        item,
        templateId,
        field: 'name',
        severity: 'skipped',
        code: 'template.duplicateId',
        params: { id: templateId },
        message: `another item in the set has the id ${templateId}`,
      });
      return;
    }
    seen.add(templateId);
    const partial = (field: string, code: 'template.unknownLegalBasisCode' | 'template.invalidKleCode', value: string) =>
      issues.push({
        item,
        templateId,
        field,
        severity: 'partial',
        code,
        params: { value },
        message: `${field}: "${value}" is not understood and was left out`,
      });
    for (const field of ['description', 'packageName'] as const) {
      if (record[field] !== undefined && typeof record[field] !== 'string')
        issues.push({ item, templateId, field, severity: 'partial', code: 'template.notText', params: {}, message: `${field} is not text` });
    }
    const choices = stringList(record['gdprChoices']);
    const legalBasis = legalBasisFromChoices(choices, (choice) => partial('gdprChoices', 'template.unknownLegalBasisCode', choice));
    const kle = (field: 'kleMainGroups' | 'kleGroups') =>
      stringList(record[field]).filter((code) => {
        if (KLE_CODE.test(code)) return true;
        partial(field, 'template.invalidKleCode', code);
        return false;
      });
    templates.push(
      withVersion({
        source: text(record['packageName']) || OS2COMPLIANCE_DEFAULT_SOURCE,
        templateId,
        name,
        description: text(record['description']),
        legalBasis,
        kleMainGroups: unique(kle('kleMainGroups')),
        kleGroups: unique(kle('kleGroups')),
        dataSubjectCategories: [],
        personalDataCategories: [],
        recipients: [],
        retentionText: '',
      }),
    );
  });
  return { format: 'os2compliance-json', templates, issues };
}

/** The OS2compliance choice ids for a legal basis: the inverse of legalBasisFromChoices, used by the fixture writer. */
export function choicesFromLegalBasis(basis: Pick<LegalBasis, 'article6' | 'article9'> & { nationalSections?: readonly string[] }): string[] {
  const out: string[] = [];
  if (basis.article6.length > 0) out.push('register-gdpr-valp6');
  for (const b of basis.article6) out.push(`register-gdpr-p6-${LETTERS[ARTICLE_6_BASES.indexOf(b)]}`);
  for (const s of basis.nationalSections ?? []) out.push(`register-gdpr-valp${s}`);
  for (const c of basis.article9) out.push(`register-gdpr-p7-${LETTERS[ARTICLE_9_CONDITIONS.indexOf(c)]}`);
  if (basis.article9.length > 0) out.push('register-gdpr-valp7');
  return out;
}

function legalBasisFromChoices(choices: string[], unknown: (choice: string) => void): LegalBasis {
  const article6: Article6Basis[] = [];
  const article9: Article9Condition[] = [];
  const sections: string[] = [];
  for (const choice of choices) {
    const p6 = P6.exec(choice);
    const p9 = P9.exec(choice);
    const national = NATIONAL.exec(choice);
    if (p6) article6.push(ARTICLE_6_BASES[LETTERS.indexOf(p6[1]!)]!);
    else if (p9) article9.push(ARTICLE_9_CONDITIONS[LETTERS.indexOf(p9[1]!)]!);
    else if (national) sections.push(national[1]!);
    else if (!SECTION_MARKERS.has(choice)) unknown(choice);
  }
  const nationalLaw = unique(sections)
    .map((s) => `Databeskyttelsesloven § ${s} (${NATIONAL_SECTIONS[s]})`)
    .join('; ');
  const originalText = [
    ...unique(article6).map((b) => `Art. 6(1)(${LETTERS[ARTICLE_6_BASES.indexOf(b)]})`),
    ...unique(article9).map((c) => `Art. 9(2)(${LETTERS[ARTICLE_9_CONDITIONS.indexOf(c)]})`),
    ...(nationalLaw ? [nationalLaw] : []),
  ].join('; ');
  return { article6: unique(article6), article9: unique(article9), article10: sections.includes('8'), nationalLaw, originalText };
}

/** KL numbers its templates in the name ("01. Behandling …", "D. Behandling …"); that number is the stable id. */
function idFromName(name: string): string {
  const numbered = /^\s*([0-9]{1,3}|[A-Z]{1,2})\.\s/.exec(name);
  return numbered ? numbered[1]! : slugify(name) || 'template';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
