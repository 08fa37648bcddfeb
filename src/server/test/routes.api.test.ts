/**
 * Every registered route has a declared policy, and a role × route matrix proves that the
 * right roles get in and the others get 401/403. The expected matrix is written out here by
 * hand; a new route fails this test until it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { type TestContext, createTestContext } from './harness';

let ctx: TestContext;
let ids: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  const pm = await ctx.as('programmamanager');
  const efforts = (await pm.get('/api/v1/efforts')).json().items as { id: string; code: string }[];
  const principle = (await pm.get('/api/v1/principles')).json().items[0].id;
  const goal = (await pm.get('/api/v1/goals')).json().items[0].id;
  const org = (await pm.get('/api/v1/organisations')).json().items[0].id;
  const person = (await pm.get('/api/v1/people')).json().items[0].id;
  ids = {
    effort1: efforts.find((e) => e.code === '1')!.id,
    effort3: efforts.find((e) => e.code === '3')!.id,
    principle,
    goal,
    org,
    person,
  };
});
afterAll(() => ctx?.close());

const ALL: Role[] = [...ROLES];
type Case = { method: string; url: () => string; route: string; allowed: Role[] | 'public'; body?: () => unknown; ok?: number };

const cases: Case[] = [
  { method: 'GET', route: '/api/v1/health', url: () => '/api/v1/health', allowed: 'public' },
  { method: 'GET', route: '/api/v1/openapi.json', url: () => '/api/v1/openapi.json', allowed: 'public' },
  { method: 'GET', route: '/api/v1/session', url: () => '/api/v1/session', allowed: ALL },
  { method: 'GET', route: '/api/v1/programme', url: () => '/api/v1/programme', allowed: ALL },
  { method: 'GET', route: '/api/v1/efforts', url: () => '/api/v1/efforts', allowed: ALL },
  { method: 'GET', route: '/api/v1/efforts/:id', url: () => `/api/v1/efforts/${ids.effort3}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/efforts/:id/history', url: () => `/api/v1/efforts/${ids.effort3}/history`, allowed: ALL },
  { method: 'GET', route: '/api/v1/search', url: () => '/api/v1/search?q=Weller', allowed: ALL },
  { method: 'GET', route: '/api/v1/open-fields', url: () => '/api/v1/open-fields', allowed: ALL },
  { method: 'GET', route: '/api/v1/principles', url: () => '/api/v1/principles', allowed: ALL },
  { method: 'GET', route: '/api/v1/principles/:id', url: () => `/api/v1/principles/${ids.principle}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/goals', url: () => '/api/v1/goals', allowed: ALL },
  { method: 'GET', route: '/api/v1/goals/:id', url: () => `/api/v1/goals/${ids.goal}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/organisations', url: () => '/api/v1/organisations', allowed: ALL },
  { method: 'GET', route: '/api/v1/organisations/:id', url: () => `/api/v1/organisations/${ids.org}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/people', url: () => '/api/v1/people', allowed: ALL },
  { method: 'GET', route: '/api/v1/people/:id', url: () => `/api/v1/people/${ids.person}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/council-questions', url: () => '/api/v1/council-questions', allowed: ALL },
  { method: 'GET', route: '/api/v1/audit', url: () => '/api/v1/audit', allowed: ['programmamanager', 'beheerder'] },
  { method: 'GET', route: '/api/v1/users', url: () => '/api/v1/users', allowed: ['beheerder'] },
  // effort 3 (Tussen Wal en Schip) is not led by the demo project leader: only the programme manager may edit it
  {
    method: 'PATCH',
    route: '/api/v1/efforts/:id',
    url: () => `/api/v1/efforts/${ids.effort3}`,
    allowed: ['programmamanager'],
    body: () => ({ version: 1 }),
  },
  // the session routes themselves are covered in session.api.test.ts
  { method: 'POST', route: '/api/v1/session', url: () => '/api/v1/session', allowed: 'public', body: () => ({ email: 'x@koers.test', password: 'onjuist' }), ok: 401 },
  { method: 'DELETE', route: '/api/v1/session', url: () => '/api/v1/session', allowed: ALL, ok: 204 },
];

describe('route table', () => {
  it('every /api route declares a policy', () => {
    const missing = ctx.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.policy);
    expect(missing).toEqual([]);
  });

  it('every /api route is in the role matrix below', () => {
    const inTable = ctx.app.routeTable.filter((r) => r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    const inCases = cases.map((c) => `${c.method} ${c.route}`);
    expect([...new Set(inTable)].sort()).toEqual([...new Set(inCases)].sort());
  });
});

describe('role × route matrix', () => {
  for (const c of cases) {
    const label = `${c.method} ${c.route}`;
    it(`${label}: anonymous`, async () => {
      const res = await ctx.anonymous.request({ method: c.method as 'GET', url: c.url(), payload: c.body?.() as never });
      if (c.allowed === 'public') expect(res.statusCode).toBe(c.ok ?? 200);
      else expect(res.statusCode).toBe(401);
    });
    if (c.method === 'DELETE') continue; // logging out would end the shared sessions; see session.api.test.ts
    for (const role of ROLES) {
      it(`${label}: ${role}`, async () => {
        const client = await ctx.as(role);
        const res = await client.request({ method: c.method as 'GET', url: c.url(), payload: c.body?.() as never });
        const allowed = c.allowed === 'public' || c.allowed.includes(role);
        if (allowed) expect(res.statusCode, res.body).toBe(c.ok ?? 200);
        else {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }
      });
    }
  }
});
