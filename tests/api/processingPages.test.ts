import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';

interface ListAnswer {
  items: { id: string; name: string; organisationUnit: string }[];
  total: number;
  continuation?: string;
}

async function allPages(app: LocalApp, query: string, as: 'dpo' | 'staff' = 'dpo') {
  const pages: ListAnswer[] = [];
  let continuation: string | undefined;
  do {
    const response = await callApi<ListAnswer>(app, `processings?${query}${continuation ? `&continuation=${continuation}` : ''}`, { as });
    expect(response.status).toBe(200);
    pages.push(response.body);
    continuation = response.body.continuation;
  } while (continuation && pages.length < 100);
  return pages;
}

describe('GET /api/processings in pages', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('walks the register page by page: each processing once, in name order, no continuation on the last page', async () => {
    const whole = (await callApi<ListAnswer>(app, 'processings', { as: 'dpo' })).body;
    expect(whole.items.length).toBeGreaterThanOrEqual(40);
    expect(whole.continuation).toBeUndefined();
    const pages = await allPages(app, 'limit=7');
    expect(pages.length).toBe(Math.ceil(whole.items.length / 7));
    for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(7);
    expect(pages.at(-1)!.continuation).toBeUndefined();
    const ids = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(whole.items.map((i) => i.id).sort());
    const names = pages.flatMap((p) => p.items.map((i) => i.name));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('pages a filtered list and a search with the same token scheme', async () => {
    const unit = (await callApi<ListAnswer>(app, 'processings', { as: 'dpo' })).body.items[0]!.organisationUnit;
    const filtered = await allPages(app, `unit=${encodeURIComponent(unit)}&limit=1`);
    expect(filtered.flatMap((p) => p.items).every((i) => i.organisationUnit === unit)).toBe(true);
    const searchWhole = (await callApi<ListAnswer>(app, 'processings?q=personal', { as: 'dpo' })).body.items.map((i) => i.id);
    const searchPaged = (await allPages(app, 'q=personal&limit=2')).flatMap((p) => p.items.map((i) => i.id));
    expect(searchPaged).toEqual(searchWhole);
  });

  it('answers 400 with codes for a bad limit and for continuation tokens that are not ours or not for this query', async () => {
    for (const limit of ['0', '501', 'abc', '-1', '1.5', '99999'])
      expect((await callApi(app, `processings?limit=${limit}`, { as: 'dpo' })).body).toMatchObject({
        status: 400,
        errors: [{ field: 'limit', code: 'field.notWholeNumber', params: { min: 1, max: 500 } }],
      });
    const first = (await callApi<ListAnswer>(app, 'processings?limit=3', { as: 'dpo' })).body;
    const searchToken = (await callApi<ListAnswer>(app, 'processings?q=personal&limit=1', { as: 'dpo' })).body.continuation!;
    const forged = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    const garbage = [
      'garbage',
      '%E0%A4%A',
      'x'.repeat(9000),
      Buffer.from('not json').toString('base64url'),
      forged({ v: 2, query: '["","",""]', store: 'x' }),
      forged({ v: 1, query: '["","",""]', offset: -1 }),
      forged({ v: 1, query: '["","",""]' }),
      forged({ v: 1, query: '["","",""]', offset: 5 }),
      forged([1, 2]),
      searchToken,
      first.continuation!.slice(0, -4),
    ];
    for (const token of garbage) {
      const response = await callApi(app, `processings?limit=3&continuation=${encodeURIComponent(token)}`, { as: 'dpo' });
      expect({ token: token.slice(0, 40), status: response.status, body: response.body }).toMatchObject({
        status: 400,
        body: { errors: [{ field: 'continuation', code: 'paging.invalidContinuation' }] },
      });
    }
    // A token for one filter does not continue another.
    const other = await callApi(app, `processings?limit=3&status=approved&continuation=${first.continuation!}`, { as: 'dpo' });
    expect(other.body).toMatchObject({ status: 400, errors: [{ code: 'paging.invalidContinuation' }] });
  });

  it('staff pages hold only what staff may see', async () => {
    const staff = (await allPages(app, 'limit=5', 'staff')).flatMap((p) => p.items.map((i) => i.id));
    const staffWhole = (await callApi<ListAnswer>(app, 'processings', { as: 'staff' })).body.items.map((i) => i.id);
    expect(staff.sort()).toEqual(staffWhole.sort());
  });
});
