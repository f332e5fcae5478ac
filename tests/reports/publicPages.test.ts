import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@prt/domain/language';
import { privacyNotice } from '@prt/domain/privacyNotice/privacyNotice';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { publicRegisterHtml } from '@prt/functions/export/publicRegister.js';
import { noticeHtml } from '@prt/functions/export/noticeRendering.js';
import { fullProcessing } from '../support/fullRegister.js';
import { htmlProblems } from '../support/reportReaders.js';
import { authHeaders, startTestApp } from '../support/testApp.js';

const LANGUAGES: Language[] = ['sv', 'da', 'en'];
const HOSTILE = '<script>alert(1)</script> & "quoted" \'single\' <img src=x onerror=alert(2)>';
/** Fields the public must never see (Art. 30(1) asks for none of them, and they help an attacker). */
const INTERNAL = [
  'Hemlig tillsynsanteckning',
  'KS 2024/112',
  'DPIA-intern-referens-42',
  'Behörighetsstyrning',
  'Visma Enterprise AB',
  'TIA-2025-07',
  'auditReport',
];

function page(language: Language, processings = [fullProcessing()]) {
  return publicRegisterHtml(processings, {
    language,
    heading: 'Exempelby kommun',
    producedAt: '2026-12-01T20:00:00.000Z',
    noticeHref: (id, lang) => `/api/public/t/notices/${id}?lang=${lang}`,
  });
}

describe('the public register page', () => {
  it('passes html-validate (recommended rules) in sv, da and en, with a contents list whose anchors exist', async () => {
    const silent = fullProcessing({ id: 'silent', name: 'Tyst behandling', dpoContact: '' });
    silent.purposes = [{ ...silent.purposes[0]!, recipients: [], retention: { text: '', periods: [], preserved: false }, dataSubjectCategories: [] }];
    for (const language of LANGUAGES) {
      const html = page(language, [fullProcessing(), silent]);
      expect(await htmlProblems(html), language).toEqual([]);
      expect(html).toContain(`<html lang="${language}">`);
      const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(links).toHaveLength(2);
      for (const id of links) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('<time datetime="2026-12-01">2026-12-01</time>');
      expect(html).toContain('dataskyddsombud@exempelby.example');
      expect(html).toContain(`/api/public/t/notices/silent?lang=${language}`);
    }
  });

  it('says "uppgift saknas" where the register is silent, not "Ingen"', () => {
    const silent = fullProcessing();
    silent.purposes = [{ ...silent.purposes[0]!, recipients: [], retention: { text: ' ', periods: [], preserved: false } }];
    const sv = page('sv', [silent]);
    expect(sv).toMatch(/<dt>Mottagare<\/dt><dd><em>uppgift saknas<\/em><\/dd>/);
    expect(sv).toMatch(/<dt>Lagringstid<\/dt><dd><em>uppgift saknas<\/em><\/dd>/);
    expect(sv).not.toMatch(/<dd>Ingen<\/dd>/);
    expect(page('da', [silent])).toMatch(/<dt>Modtagere<\/dt><dd><em>oplysning mangler<\/em><\/dd>/);
    expect(page('en', [silent])).toMatch(/<dt>Recipients<\/dt><dd><em>not stated<\/em><\/dd>/);
  });

  it('never shows internal fields (supervision, DPIA, agreements, systems, security) and lists a recipient once', () => {
    const html = page('sv');
    for (const internal of INTERNAL) expect(html).not.toContain(internal);
    expect(html).toContain('Skatteverket, Försäkringskassan</dd>');
    expect(html).toContain('Grannby kommun (Exempelby besvarar registrerades begäranden)');
  });

  it('escapes hostile text everywhere and still validates', async () => {
    const hostile = fullProcessing({ id: '"><x', name: HOSTILE, organisationUnit: HOSTILE, dpoContact: HOSTILE });
    hostile.purposes = [{ ...hostile.purposes[0]!, description: HOSTILE, recipients: [HOSTILE] }];
    for (const language of LANGUAGES) {
      const html = page(language, [hostile]);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(await htmlProblems(html), language).toEqual([]);
    }
  });
});

describe('the privacy notice (Art. 13/14)', () => {
  it('passes html-validate in sv, da and en, escapes hostile text, and carries its version and date', async () => {
    for (const language of LANGUAGES) {
      for (const p of [fullProcessing(), fullProcessing({ name: HOSTILE, dpoContact: HOSTILE })]) {
        const html = noticeHtml(privacyNotice(p, language, 'imy'));
        expect(await htmlProblems(html), language).toEqual([]);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).not.toContain('<script>');
      }
      const html = noticeHtml(privacyNotice(fullProcessing(), language, 'imy'));
      expect(html).toContain('<time datetime="2026-02-03">');
      expect(html).toMatch(/version 3\b/);
    }
  });

  it('names each recipient once, however the register spelled it', () => {
    const notice = privacyNotice(fullProcessing(), 'sv', 'imy');
    const recipients = notice.sections.find((s) => s.heading === 'Vilka som kan få ta del av uppgifterna')!.paragraphs[0]!;
    expect(recipients).toContain('Skatteverket, Försäkringskassan.');
    expect(recipients.match(/skatteverket/gi)).toHaveLength(1);
  });

  it('has an Art. 14 section naming the categories and their source when data come from elsewhere, and none when not', () => {
    for (const [language, heading, item] of [
      ['sv', 'Varifrån uppgifterna kommer', 'Personnummer, Fackföreningstillhörighet från Skatteverket'],
      ['da', 'Hvor oplysningerne kommer fra', 'Personnummer, Fackföreningstillhörighet fra Skatteverket'],
      ['en', 'Where the data come from', 'Personnummer, Fackföreningstillhörighet from Skatteverket'],
    ] as const) {
      const section = privacyNotice(fullProcessing(), language, 'imy').sections.find((s) => s.heading === heading);
      expect(section?.items).toEqual([item]);
    }
    const own = fullProcessing();
    own.purposes = [{ ...own.purposes[0]!, sources: ['Den registrerade'] }];
    expect(privacyNotice(own, 'sv', 'imy').sections.map((s) => s.heading)).not.toContain('Varifrån uppgifterna kommer');
  });
});

describe('GET /api/public/{tenantId}/notices/{processingId}', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.services.processings.create(fullProcessing({ id: 'full-public', tenantId: app.directory.tenantId }));
    await app.services.processings.create(fullProcessing({ id: 'draft-public', tenantId: app.directory.tenantId, status: 'draft', name: 'Utkast' }));
  });
  afterAll(() => app.stop());

  it('serves an approved processing’s notice without sign-in, in each language, at a stable address linked from the public register', async () => {
    const register = await (await fetch(`${app.url}/api/public/${app.directory.tenantId}/register?lang=da`)).text();
    expect(await htmlProblems(register)).toEqual([]);
    const href = `/api/public/${app.directory.tenantId}/notices/full-public?lang=da`;
    expect(register).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
    for (const language of LANGUAGES) {
      const response = await fetch(`${app.url}/api/public/${app.directory.tenantId}/notices/full-public?lang=${language}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain('Löneadministration för anställda');
      expect(await htmlProblems(html)).toEqual([]);
    }
  });

  it('links the downloadable public register to the notices by absolute URL, since it is published elsewhere', async () => {
    const response = await fetch(`${app.url}/api/export/public-register.html?lang=en`, { headers: await authHeaders(app, 'dpo') });
    const html = await response.text();
    expect(html).toContain(`href="${app.url}/api/public/${app.directory.tenantId}/notices/full-public?lang=en"`);
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('does not serve drafts, other tenants or unknown ids, and rejects an unknown language', async () => {
    const base = `${app.url}/api/public/${app.directory.tenantId}/notices`;
    expect((await fetch(`${base}/draft-public?lang=sv`)).status).toBe(404);
    expect((await fetch(`${base}/nope?lang=sv`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/public/other-tenant/notices/full-public`)).status).toBe(404);
    expect((await fetch(`${base}/full-public?lang=fi`)).status).toBe(400);
  });
});
