import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@prt/domain/language';
import { answerTypedMessage } from '@prt/functions/bot/typedMessages.js';
import { BOT_TEXTS } from '@prt/functions/bot/botTexts.js';
import { rolesFromGroups } from '@prt/functions/auth/roleMapping.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';
import { callApi, startTestApp } from '../support/testApp.js';

/** What people type to the bot, answered by the same use cases as the tab, over the demo register and demo cases. */
describe('typed messages to the bot', () => {
  let app: LocalApp;

  beforeAll(async () => {
    app = await startTestApp({ demoActivity: true });
  });
  afterAll(() => app.stop());

  async function ask(userId: string, text: string, language?: Language) {
    const user = (await app.directory.getUser(DEMO_TENANT_ID, userId))!;
    const lang = language ?? ({ 'sv-SE': 'sv', 'da-DK': 'da', 'en-GB': 'en' }[user.preferredLanguage] as Language);
    const principal = { tenantId: DEMO_TENANT_ID, userId, displayName: user.displayName, roles: rolesFromGroups(user.groupIds, app.directory.roleGroups) };
    return answerTypedMessage(app.services, { principal, language: lang }, text);
  }
  const cardLines = (card: unknown) => ((card as { body: { text: string }[] }).body ?? []).map((b) => b.text);

  it('help in the user’s language, for a greeting, a question mark, an empty or only-HTML message', async () => {
    expect((await ask(DEMO_USERS.staff, 'hjälp')).text).toBe(BOT_TEXTS.sv.help);
    expect((await ask(DEMO_USERS.danish, 'Hjælp')).text).toBe(BOT_TEXTS.da.help);
    expect((await ask(DEMO_USERS.admin, ' HELP ')).text).toBe(BOT_TEXTS.en.help);
    for (const text of ['?', '', '   ', 'hej', '<at>Behandlingsregistret</at>', '<at>Behandlingsregistret</at> hjälp'])
      expect((await ask(DEMO_USERS.staff, text)).text).toBe(BOT_TEXTS.sv.help);
    // In a channel the bot is @mentioned; the mention is not part of the search.
    expect((await ask(DEMO_USERS.staff, '<at>Behandlingsregistret</at> lön')).text).toBe('Behandlingar för "lön"');
  });

  it('someone not in the directory is told so, and nothing is searched', async () => {
    expect(await answerTypedMessage(app.services, undefined, 'lön')).toEqual({ text: BOT_TEXTS.sv.unknownUser });
  });

  it('a search word or a question is answered with the top processings, each linking to its record in the tab', async () => {
    const answer = await ask(DEMO_USERS.staff, 'lön');
    expect(answer.text).toBe('Behandlingar för "lön"');
    const lines = cardLines(answer.card).slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.some((l) => l.includes('Löneadministration'))).toBe(true);
    for (const line of lines) expect(line).toMatch(new RegExp(`^- \\[.+\\]\\(${app.url.replace(/[.]/g, '\\.')}/\\?processing=[^)\\s]+\\)$`));

    // The demo register's systems are fictional ("HR-systemet Lönix"); the question phrasing is stripped.
    const question = await ask(DEMO_USERS.staff, 'Vad gäller Lönix?');
    expect(question.text).toBe('Behandlingar för "lönix"');
    expect(cardLines(question.card).length).toBeGreaterThan(1);
    const danish = await ask(DEMO_USERS.danish, 'hvad gælder for Lönix?');
    expect(danish.text).toBe('Behandlinger for "lönix"');
  });

  it('no hits says so in the user’s language, and what was typed comes back escaped, never as a link', async () => {
    expect((await ask(DEMO_USERS.admin, 'xyzzyqq')).text).toBe('No processings found for "xyzzyqq".');
    const hostile = await ask(DEMO_USERS.staff, '**x** [y](http://evil.example)');
    expect(hostile.card).toBeUndefined();
    expect(hostile.text).not.toContain('[y]');
    expect(hostile.text).toContain('\\*\\*x\\*\\* \\[y\\](http://evil.example)');
  });

  it('search shows approved processings only: a report awaiting the DPO is not answered', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera zebrakorsningsfoton' }) });
    expect(report.status).toBe(201);
    expect((await ask(DEMO_USERS.staff, 'zebrakorsningsfoton')).card).toBeUndefined();
    // …and the reporter finds it under "mina rapporter", linked to the record.
    const mine = await ask(DEMO_USERS.staff, 'mina rapporter');
    expect(mine.text).toBe(BOT_TEXTS.sv.reportsTitle);
    expect(cardLines(mine.card).some((l) => l.includes('Hantera zebrakorsningsfoton · v1') && l.includes(`/?processing=${report.body.id as string}`))).toBe(
      true,
    );
    expect((await ask(DEMO_USERS.economist, 'mina rapporter')).text).toBe(BOT_TEXTS.sv.noReports);
  });

  it('"mina ärenden": the handler’s own open deadlines, earliest first, each linking to its case; others have none', async () => {
    const answer = await ask(DEMO_USERS.dsrHandler, 'Mina ärenden');
    expect(answer.text).toBe(BOT_TEXTS.sv.casesTitle);
    const lines = cardLines(answer.card).slice(1);
    expect(lines.length).toBeGreaterThan(0);
    const dates = lines.map((l) => /senast (\d{4}-\d{2}-\d{2})/.exec(l)?.[1] ?? '');
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const line of lines) expect(line).toContain(`${app.url}/?page=deadlines&case=`);
    expect(lines.some((l) => l.includes('VB 2026/7'))).toBe(false);
    expect((await ask(DEMO_USERS.staff, 'mina ärenden')).text).toBe(BOT_TEXTS.sv.noCases);
    expect((await ask(DEMO_USERS.danish, 'mine sager')).text).toBe(BOT_TEXTS.da.noCases);
  });
});
