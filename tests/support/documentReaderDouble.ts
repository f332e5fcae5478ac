import type { DocumentReading, DraftPurpose, ProcessingProposal, Proposed, SourcePassage } from '@prt/domain/documents/documentReading';
import type { DocumentReader } from '@prt/functions/app/documentDrafts/documentReader.js';

/**
 * A reader of known output for the drafts' use cases, independent of the domain's rules: every heading followed by
 * a paragraph that starts "Vi behandlar dina personuppgifter för att" is a proposal; its lines are read by their
 * opening words. Sections without that line (introduction, rights) are not proposals; a line with a "§" no rule
 * here placed is reported as not understood.
 */
export const readerDouble: DocumentReader = {
  read(text, options): DocumentReading {
    const proposals: ProcessingProposal[] = [];
    const notUnderstood: SourcePassage[] = [];
    const paragraphs = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ text: m[0], start: m.index }));
    for (let i = 0; i + 1 < paragraphs.length; i++) {
      const head = paragraphs[i]!;
      const body = paragraphs[i + 1]!;
      if (head.text.includes('\n')) continue;
      const heading = head.text;
      const lines = [...body.text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: body.start + m.index }));
      const passage = (l: { text: string; start: number }): SourcePassage => ({ start: l.start, end: l.start + l.text.length, text: l.text, heading });
      const first = lines[0];
      if (!first?.text.startsWith('Vi behandlar dina personuppgifter för att')) {
        for (const l of lines) if (l.text.includes('§')) notUnderstood.push(passage(l));
        continue;
      }
      const at = <T>(value: T, l: { text: string; start: number }): Proposed<T> => ({ value, passage: passage(l) });
      const purpose: DraftPurpose = {
        description: at(first.text.replace(/^Vi behandlar dina personuppgifter för att /, '').replace(/\.$/, ''), first),
        legalBases: [],
        nationalLaw: [],
        dataSubjectCategories: [],
        personalDataCategories: [],
        recipients: [],
        thirdCountryTransfers: [],
        retention: [],
        sources: [],
      };
      for (const l of lines.slice(1)) {
        if (/artikel 6\.1 e/.test(l.text)) purpose.legalBases.push(at({ article6: ['publicTask'], article9: [], article10: false }, l));
        if (/artikel 9\.2 g/.test(l.text)) purpose.legalBases.push(at({ article6: [], article9: ['substantialPublicInterest'], article10: false }, l));
        for (const m of l.text.matchAll(/(\d+ kap\. \d+ §) dataskyddslagen/g))
          purpose.nationalLaw.push(at({ act: 'dataskyddslagen', provision: m[1]!, text: `${m[1]} dataskyddslagen (2018:218)` }, l));
        const act = /(socialtjänstlagen \(2001:453\))/.exec(l.text);
        if (act) purpose.nationalLaw.push(at({ act: 'socialtjänstlagen', provision: '', text: act[1]! }, l));
        const subjects = /^Vi behandlar uppgifter om (.+)\.$/.exec(l.text);
        if (subjects) for (const s of subjects[1]!.split(/ och /)) purpose.dataSubjectCategories.push(at(s, l));
        const categories = /^Vi behandlar (namn.+)\.$/.exec(l.text);
        if (categories) for (const c of categories[1]!.split(/, | och /)) purpose.personalDataCategories.push(at({ name: c, special: /hälsa/.test(c) }, l));
        const recipients = /^Uppgifterna lämnas till (.+?)( när| vid|\.)/.exec(l.text);
        if (recipients) for (const r of recipients[1]!.split(/ och /)) purpose.recipients.push(at(r, l));
        const retention = /^Uppgifterna gallras (fem|två) år efter (.+)\.$/.exec(l.text);
        if (retention)
          purpose.retention.push(
            at({ text: l.text, periods: [{ amount: retention[1] === 'fem' ? 5 : 2, unit: 'years' }], startingEvent: retention[2]!, preserved: false }, l),
          );
        const sources = /^Uppgifterna hämtas från (.+)\.$/.exec(l.text);
        if (sources) for (const s of sources[1]!.split(/ och /)) purpose.sources.push(at(s, l));
      }
      const headingStart = head.start;
      const section = { start: headingStart, end: body.start + body.text.length, text: text.slice(headingStart, body.start + body.text.length) };
      proposals.push({
        key: `s${proposals.length + 1}`,
        name: { value: heading, passage: { start: headingStart, end: headingStart + heading.length, text: heading } },
        section,
        purposes: [purpose],
      });
    }
    return { language: options.language ?? 'sv', text, proposals, notUnderstood };
  },
  compare(notice, processing, _language) {
    const read = notice.proposals.flatMap((p) => p.purposes);
    const noticeRecipients = read.flatMap((p) => p.recipients);
    const registerRecipients = processing.purposes.flatMap((p) => p.recipients);
    return [
      ...noticeRecipients
        .filter((r) => !registerRecipients.includes(r.value))
        .map((r) => ({ field: 'recipients' as const, side: 'noticeOnly' as const, value: r.value, passage: r.passage })),
      ...registerRecipients
        .filter((r) => !noticeRecipients.some((n) => n.value === r))
        .map((value) => ({ field: 'recipients' as const, side: 'registerOnly' as const, value })),
    ];
  },
};
