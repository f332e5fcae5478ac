import { describe, expect, it } from 'vitest';
import { diffProcessing } from '@prt/domain/processingDiff';
import { isVisibleTo } from '@prt/domain/processingVisibility';
import { decisionProblem, stateOf, statusAfterDecision, type ProcessingVersion } from '@prt/domain/review';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { validateProcessingContent } from '@prt/domain/validation';
import type { Principal } from '@prt/domain/principal';
import type { ProcessingContent, ProcessingStatus } from '@prt/domain/processing';
import { reviewCard } from '@prt/functions/notify/cards/reviewCard.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';

function content(overrides: Record<string, unknown> = {}): ProcessingContent {
  const result = validateProcessingContent(processingInput(overrides));
  if (!result.ok) throw new Error('fixture invalid');
  return result.value;
}

describe('diffProcessing', () => {
  it('lists changed fields with readable paths, before and after', () => {
    const before = content();
    const after = structuredClone(before);
    after.purposes[0]!.retention.text = 'Gallras 5 år efter beslut';
    after.purposes[0]!.recipients = ['Transportstyrelsen', 'Polisen'];
    after.systems.push({ name: 'Heroma', kind: 'HR-system' });
    expect(diffProcessing(before, after)).toEqual([
      { path: 'purposes[0].recipients', before: ['Transportstyrelsen'], after: ['Transportstyrelsen', 'Polisen'] },
      { path: 'purposes[0].retention.text', before: 'Gallras 2 år efter beslut', after: 'Gallras 5 år efter beslut' },
      { path: 'systems[1]', before: undefined, after: { name: 'Heroma', kind: 'HR-system' } },
    ]);
  });

  it('is empty for identical content and lists every field for a new report', () => {
    expect(diffProcessing(content(), content())).toEqual([]);
    expect(diffProcessing(undefined, content()).map((c) => c.path)).toContain('name');
  });
});

describe('visibility', () => {
  const staff: Principal = { tenantId: 't', userId: 'anna', displayName: 'Anna', roles: ['staff'] };
  const other: Principal = { ...staff, userId: 'maria' };
  const dpo: Principal = { ...staff, userId: 'erik', roles: ['staff', 'dpo'] };
  const at = new Date('2026-11-01T00:00:00Z');
  const withStatus = (status: ProcessingStatus) => newProcessing(content(), { tenantId: 't', actorId: 'anna', at }, status, { kind: 'api', reference: 'x' });

  it('shows approved processings to everyone in the tenant', () => {
    expect(isVisibleTo(withStatus('approved'), other)).toBe(true);
    expect(isVisibleTo(withStatus('approved'), { ...other, tenantId: 'other-tenant' })).toBe(false);
  });

  it('shows unapproved reports only to the reporter and reviewers', () => {
    for (const status of ['pending', 'draft', 'rejected'] as const) {
      expect(isVisibleTo(withStatus(status), staff)).toBe(true);
      expect(isVisibleTo(withStatus(status), other)).toBe(false);
      expect(isVisibleTo(withStatus(status), dpo)).toBe(true);
    }
    expect(isVisibleTo(withStatus('archived'), staff)).toBe(false);
  });
});

describe('review rules', () => {
  it('requires a reason unless approving', () => {
    expect(decisionProblem('approve', '')).toBeUndefined();
    expect(decisionProblem('reject', '  ')).toMatchObject({ field: 'reason', code: 'decision.reasonRequired' });
    expect(decisionProblem('reject', 'x'.repeat(2001))).toMatchObject({ field: 'reason', code: 'field.tooLong', params: { max: 2000 } });
    expect(decisionProblem('requestChanges', 'Ange lagringstid')).toBeUndefined();
  });

  it('derives status after a decision', () => {
    expect(statusAfterDecision('pending', 'approve', true)).toBe('approved');
    expect(statusAfterDecision('pending', 'reject', true)).toBe('rejected');
    expect(statusAfterDecision('pending', 'requestChanges', true)).toBe('draft');
    expect(statusAfterDecision('approved', 'reject', false)).toBe('approved');
  });

  it('derives a version state from its decision', () => {
    const version = { origin: 'report' } as ProcessingVersion;
    expect(stateOf(version, undefined)).toBe('pending');
    expect(stateOf({ ...version, origin: 'import' }, undefined)).toBe('approved');
  });
});

describe('review card', () => {
  it('has Action.Execute buttons carrying the version, and no buttons once decided', () => {
    const input = {
      language: 'sv' as const,
      processingId: 'p-1',
      processingName: 'Hantera färdtjänst',
      organisationUnit: 'Socialnämnden',
      version: 3,
      isNewReport: false,
      reporterName: 'Anna',
      changedFields: ['dpoContact'],
      content: content(),
      link: 'https://x/?processing=p-1',
    };
    const card = reviewCard(input);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const actions = card['actions'] as { type: string; verb?: string; data?: unknown; title: string }[];
    expect(actions.filter((a) => a.type === 'Action.Execute').map((a) => a.data)).toEqual([
      { verb: 'decide', processingId: 'p-1', version: 3, decision: 'approve' },
      { verb: 'decide', processingId: 'p-1', version: 3, decision: 'requestChanges' },
      { verb: 'decide', processingId: 'p-1', version: 3, decision: 'reject' },
    ]);
    expect(actions[0]!.title).toBe('Godkänn');
    const decided = reviewCard({ ...input, language: 'da', decided: { decision: 'reject', deciderName: 'Erik', reason: 'Mangler retsgrundlag' } });
    expect((decided['actions'] as { type: string }[]).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    expect(JSON.stringify(decided)).toContain('Afvist');
  });

  const texts = (card: Record<string, unknown>) =>
    (card['body'] as { type: string; text?: string; facts?: { title: string; value: string }[] }[]).flatMap((b) =>
      b.text ? [b.text] : (b.facts ?? []).map((f) => `${f.title}: ${f.value}`),
    );

  it("names a proposal's changes as the register does, once each, in the DPO's language", () => {
    const base = {
      processingId: 'p-1',
      processingName: 'Hantera färdtjänst',
      organisationUnit: 'Socialnämnden',
      version: 3,
      isNewReport: false,
      reporterName: 'Anna',
      content: content(),
      link: 'https://x/',
    };
    const changedFields = [
      'dpoContact',
      'purposes[1].retention.text',
      'purposes[1].retention.periods',
      'purposes[0].legalBasis.article6',
      'audience.units',
      'dpiaRequired',
    ];
    expect(texts(reviewCard({ ...base, language: 'sv', changedFields }))).toContain(
      '- Kontakt till dataskyddsombud\n- Ändamål 2: Lagringstid\n- Ändamål 1: Rättslig grund\n- Gäller avdelningar\n- Konsekvensbedömning krävs',
    );
    expect(texts(reviewCard({ ...base, language: 'en', changedFields: ['purposes[2]'] }))).toContain('- Purpose 3');
  });

  it('summarises a new report by its purposes, legal bases and special categories instead of listing every field', () => {
    const card = reviewCard({
      language: 'sv',
      processingId: 'p-2',
      processingName: 'Hantera parkeringstillstånd',
      organisationUnit: 'Stadsbyggnadsnämnden',
      version: 1,
      isNewReport: true,
      reporterName: 'Anna',
      changedFields: ['name', 'purposes[0]'],
      content: content(),
      link: 'https://x/',
    });
    const lines = texts(card);
    expect(lines).toContain(
      '- Pröva ansökningar om parkeringstillstånd för rörelsehindrade. (Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e))',
    );
    expect(lines).toContain('Känsliga personuppgifter: Ja');
    expect(lines).not.toContain('Ändrade fält');
  });
});
