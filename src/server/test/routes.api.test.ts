/**
 * Every registered route has a declared policy, and a role × route matrix proves that the
 * right roles get in and the others get 401/403. The expected matrix is written out here by
 * hand; a new route fails this test until it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { multipartBody } from '../domains/monitoring/multipart';
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
  // one record of each steering kind on effort 3 (not led by the demo project leader)
  const post = async (path: string, body: unknown) => {
    const res = await pm.post(path, body);
    if (res.statusCode !== 201) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  ids.result3 = await post(`/api/v1/efforts/${ids.effort3}/results`, RESULT);
  ids.milestone3 = await post(`/api/v1/efforts/${ids.effort3}/milestones`, MILESTONE);
  ids.evaluation3 = await post(`/api/v1/efforts/${ids.effort3}/evaluations`, EVALUATION);
  ids.risk3 = await post(`/api/v1/efforts/${ids.effort3}/risks`, RISK);
  ids.budget3 = await post(`/api/v1/efforts/${ids.effort3}/budget-lines`, BUDGET);
  ids.source = await post('/api/v1/funding-sources', { name: 'Matrixbron', status: 'onzeker' });
  ids.result1 = await post(`/api/v1/efforts/${ids.effort1}/results`, RESULT);
  // a Tussen Wal en Schip case registered by the demo case worker (so on its team)
  ids.case = await newCase();
  // a case conference with that case on its agenda, and one action about it
  const conf = await (await ctx.as('casusregisseur')).post('/api/v1/case-conferences', {
    date: '2026-10-08',
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum'],
    agenda: [{ caseId: ids.case }],
    actions: [{ description: 'Actie voor de rollentest', owner: 'Wijkmanager Noord', caseId: ids.case }],
  });
  if (conf.statusCode !== 201) throw new Error(`conference: ${conf.statusCode} ${conf.body}`);
  ids.conference = conf.json().id;
  ids.conferenceAction = conf.json().actions[0].id;
  // a system signal on a knelpunt of a fresh case
  ids.signal = await newSignal();
  ids.indicator = (await pm.get('/api/v1/indicators')).json().items[0].id;
  ids.value = await post(`/api/v1/indicators/${ids.indicator}/values`, VALUE('1799'));
});
let valueYear = 1800;
let freshYear = 1700;
const VALUE_FRESH = () => ({ areaCode: 'GM0899', period: String(++freshYear), value: '3', source: 'Rollentest', retrievedOn: '2026-11-01' });
const VALUE = (period: string) => ({ areaCode: 'GM0899', period, value: '12,5', source: 'Rollentest', retrievedOn: '2026-11-01' });

/** monitoring imports: a Koers-template file with a period no other import uses, so every commit succeeds */
let importYear = 1900;
const importFile = () =>
  multipartBody({ filename: 'matrix.csv', content: `indicator_key;area_code;period;value;source\ncbs_inwoners;GM0899;${++importYear};1;Rollentest\n` });
async function freshImport(commit: boolean) {
  const pm = await ctx.as('programmamanager');
  const res = await pm.request({ method: 'POST', url: '/api/v1/imports', ...importFile() });
  if (res.statusCode !== 201 || res.json().status !== 'preview') throw new Error(`import: ${res.statusCode} ${res.body}`);
  ids.import = res.json().id;
  if (commit) {
    const c = await pm.post(`/api/v1/imports/${ids.import}/commit`, {});
    if (c.statusCode !== 200) throw new Error(`commit: ${c.statusCode} ${c.body}`);
  }
}
const IMPORT_ROLES: Role[] = ['programmamanager', 'beheerder'];

/** a case with one knelpunt, registered by the demo case worker; returns the knelpunt id */
async function newKnelpunt() {
  const res = await (await ctx.as('casusregisseur')).post('/api/v1/cases', {
    ...CASE,
    knelpunten: [{ route: 'Bijzondere bijstand', blocker: 'Regel voor de rollentest', blockerType: 'regel', kind: 'mag_niet' }],
  });
  if (res.statusCode !== 201) throw new Error(`case: ${res.statusCode} ${res.body}`);
  return res.json().knelpunten[0].id as string;
}
const signalBody = (knelpuntId: string) => ({ title: 'Signaal voor de rollentest', knelpuntIds: [knelpuntId], owner: 'Team Wmo (gemeente)', learningCircle: 'uitvoering_en_beleid' });
async function newSignal() {
  const res = await (await ctx.as('casusregisseur')).post('/api/v1/system-signals', signalBody(await newKnelpunt()));
  if (res.statusCode !== 201) throw new Error(`signal: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

const CASE = { intakeDate: '2026-10-01', source: 'wijkmanager', area: 'noord', summary: 'Casus voor de rollentest' };
async function newCase() {
  const res = await (await ctx.as('casusregisseur')).post('/api/v1/cases', CASE);
  if (res.statusCode !== 201) throw new Error(`case: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
const CASE_ROLES: Role[] = ['programmamanager', 'casusregisseur'];
/** need-to-know: whoever may not see a case gets 404 for it, never 403 (its existence stays hidden) */
const notFoundForOthers = () => 404;

const RESULT = { description: 'Resultaat voor de rollentest' };
const MILESTONE = { title: 'Mijlpaal voor de rollentest', date: '2026-06-30' };
const EVALUATION = { title: 'Evaluatie voor de rollentest', plannedDate: '2026-12-01' };
const RISK = { description: 'Risico voor de rollentest', likelihood: 2, impact: 3 };
const BUDGET = { year: 2026, plannedCents: 1_000_00 };
const DECISION = { version: 1, decision: 'bijsturen', reasons: 'Bijsturen na de rollentest', decidedBy: 'Stuurgroep', decidedOn: '2026-11-01' };
let counter = 0;
/** a fresh record for a route that consumes one (delete, decide) */
const fresh = (path: () => string, body: unknown, key: string) => async () => {
  const pm = await ctx.as('programmamanager');
  const res = await pm.post(path(), body);
  if (res.statusCode !== 201) throw new Error(`${path()}: ${res.statusCode} ${res.body}`);
  ids[key] = res.json().id;
};
const steeringKinds = [
  ['results', 'results', RESULT, 'result3'],
  ['milestones', 'milestones', MILESTONE, 'milestone3'],
  ['evaluations', 'evaluations', EVALUATION, 'evaluation3'],
  ['risks', 'risks', RISK, 'risk3'],
  ['budget-lines', 'budget-lines', BUDGET, 'budget3'],
] as const;
const PM_AND_LEADER: Role[] = ['programmamanager', 'projectleider'];

afterAll(() => ctx?.close());

const ALL: Role[] = [...ROLES];
type Case = {
  method: string;
  url: () => string;
  route: string;
  allowed: Role[] | 'public';
  body?: () => unknown;
  ok?: number;
  /** runs before every request of this case (e.g. creates the record a DELETE consumes) */
  setup?: () => Promise<void>;
  /** only the anonymous check (logging out would end the shared sessions; see session.api.test.ts) */
  anonymousOnly?: boolean;
  /** the status a role outside `allowed` gets (default 403) */
  denied?: (role: Role) => number;
  /** a multipart body (file uploads) instead of `body` */
  multipart?: () => { payload: Buffer; headers: Record<string, string> };
};

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
  { method: 'DELETE', route: '/api/v1/session', url: () => '/api/v1/session', allowed: ALL, ok: 204, anonymousOnly: true },

  // steering and finance (issue 3): reads for every role
  { method: 'GET', route: '/api/v1/efforts/:id/steering', url: () => `/api/v1/efforts/${ids.effort3}/steering`, allowed: ALL },
  { method: 'GET', route: '/api/v1/risks', url: () => '/api/v1/risks', allowed: ALL },
  { method: 'GET', route: '/api/v1/dependencies', url: () => '/api/v1/dependencies', allowed: ALL },
  { method: 'GET', route: '/api/v1/funding-sources', url: () => '/api/v1/funding-sources', allowed: ALL },
  { method: 'GET', route: '/api/v1/budget-lines', url: () => '/api/v1/budget-lines', allowed: ALL },
  { method: 'GET', route: '/api/v1/finance/overview', url: () => '/api/v1/finance/overview', allowed: ALL },
  { method: 'GET', route: '/api/v1/finance/export.csv', url: () => '/api/v1/finance/export.csv', allowed: ALL },
  { method: 'GET', route: '/api/v1/finance/export.xlsx', url: () => '/api/v1/finance/export.xlsx', allowed: ALL },
  { method: 'GET', route: '/api/v1/roadmap', url: () => '/api/v1/roadmap', allowed: ALL },
  { method: 'GET', route: '/api/v1/signals', url: () => '/api/v1/signals', allowed: ALL },
  // writes: on effort 3 only the programme manager; on effort 1 also its (demo) project leader
  ...steeringKinds.flatMap(([path, byId, body, key]): Case[] => [
    { method: 'GET', route: `/api/v1/efforts/:id/${path}`, url: () => `/api/v1/efforts/${ids.effort3}/${path}`, allowed: ALL },
    { method: 'POST', route: `/api/v1/efforts/:id/${path}`, url: () => `/api/v1/efforts/${ids.effort3}/${path}`, allowed: ['programmamanager'], body: () => body, ok: 201 },
    { method: 'POST', route: `/api/v1/efforts/:id/${path}`, url: () => `/api/v1/efforts/${ids.effort1}/${path}`, allowed: PM_AND_LEADER, body: () => body, ok: 201 },
    // the same values again: allowed roles get 200 and nothing changes
    { method: 'PATCH', route: `/api/v1/${byId}/:id`, url: () => `/api/v1/${byId}/${ids[key]}`, allowed: ['programmamanager'], body: () => ({ ...body, version: 1 }) },
    {
      method: 'DELETE',
      route: `/api/v1/${byId}/:id`,
      url: () => `/api/v1/${byId}/${ids.fresh}`,
      allowed: ['programmamanager'],
      ok: 204,
      setup: fresh(() => `/api/v1/efforts/${ids.effort3}/${path}`, body, 'fresh'),
    },
  ]),
  { method: 'PATCH', route: '/api/v1/results/:id', url: () => `/api/v1/results/${ids.result1}`, allowed: PM_AND_LEADER, body: () => ({ ...RESULT, version: 1 }) },
  { method: 'GET', route: '/api/v1/efforts/:id/dependencies', url: () => `/api/v1/efforts/${ids.effort3}/dependencies`, allowed: ALL },
  {
    method: 'POST',
    route: '/api/v1/efforts/:id/dependencies',
    url: () => `/api/v1/efforts/${ids.effort3}/dependencies`,
    allowed: ['programmamanager'],
    body: () => ({ externalFactor: 'Rollentest' }),
    ok: 201,
  },
  {
    method: 'DELETE',
    route: '/api/v1/dependencies/:id',
    url: () => `/api/v1/dependencies/${ids.fresh}`,
    allowed: ['programmamanager'],
    ok: 204,
    setup: fresh(() => `/api/v1/efforts/${ids.effort3}/dependencies`, { externalFactor: 'Rollentest' }, 'fresh'),
  },
  {
    method: 'POST',
    route: '/api/v1/evaluations/:id/decision',
    url: () => `/api/v1/evaluations/${ids.fresh}/decision`,
    allowed: ['programmamanager'],
    body: () => DECISION,
    setup: fresh(() => `/api/v1/efforts/${ids.effort1}/evaluations`, EVALUATION, 'fresh'),
  },
  {
    method: 'PATCH',
    route: '/api/v1/efforts/:id/lifecycle',
    url: () => `/api/v1/efforts/${ids.effort3}/lifecycle`,
    allowed: ['programmamanager'],
    body: () => ({ version: Number(ids.effort3Version), lifecycle: 'doorlopend' }),
    setup: async () => {
      const res = await (await ctx.as('programmamanager')).get(`/api/v1/efforts/${ids.effort3}/steering`);
      ids.effort3Version = String(res.json().effort.version);
    },
  },
  {
    method: 'POST',
    route: '/api/v1/funding-sources',
    url: () => '/api/v1/funding-sources',
    allowed: ['programmamanager'],
    body: () => ({ name: `Bron ${++counter}`, status: 'aangevraagd' }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/funding-sources/:id',
    url: () => `/api/v1/funding-sources/${ids.source}`,
    allowed: ['programmamanager'],
    body: () => ({ name: 'Matrixbron', status: 'onzeker', version: 1 }),
  },

  // Tussen Wal en Schip (issue 4): case data only for the case team and the programme manager
  { method: 'GET', route: '/api/v1/cases', url: () => '/api/v1/cases', allowed: CASE_ROLES },
  { method: 'POST', route: '/api/v1/cases', url: () => '/api/v1/cases', allowed: CASE_ROLES, body: () => CASE, ok: 201 },
  { method: 'GET', route: '/api/v1/cases/:id', url: () => `/api/v1/cases/${ids.case}`, allowed: CASE_ROLES, denied: notFoundForOthers },
  // the same values again (no change): the version stays 1
  { method: 'PATCH', route: '/api/v1/cases/:id', url: () => `/api/v1/cases/${ids.case}`, allowed: CASE_ROLES, body: () => ({ version: 1 }), denied: notFoundForOthers },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/status',
    url: () => `/api/v1/cases/${ids.freshCase}/status`,
    allowed: CASE_ROLES,
    body: () => ({ status: 'in_behandeling', version: 1 }),
    setup: async () => {
      ids.freshCase = await newCase();
    },
    denied: notFoundForOthers,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/processing-log',
    url: () => `/api/v1/cases/${ids.case}/processing-log`,
    allowed: ['programmamanager'],
    // the case worker on the team knows the case exists: 403; everyone else: 404
    denied: (role) => (role === 'casusregisseur' ? 403 : 404),
  },
  // what needs attention in casework: case data (only one's own cases; programme manager all); others have no case access
  { method: 'GET', route: '/api/v1/case-attention', url: () => '/api/v1/case-attention', allowed: CASE_ROLES },
  // who can be put on a case team: for those who register and edit cases
  { method: 'GET', route: '/api/v1/case-team-candidates', url: () => '/api/v1/case-team-candidates', allowed: CASE_ROLES },
  { method: 'GET', route: '/api/v1/knelpunten', url: () => '/api/v1/knelpunten', allowed: ALL },
  { method: 'GET', route: '/api/v1/case-dashboard', url: () => '/api/v1/case-dashboard', allowed: ALL },
  // case conferences: case data (need-to-know per agenda case)
  { method: 'GET', route: '/api/v1/case-conferences', url: () => '/api/v1/case-conferences', allowed: CASE_ROLES },
  {
    method: 'POST',
    route: '/api/v1/case-conferences',
    url: () => '/api/v1/case-conferences',
    allowed: CASE_ROLES,
    body: () => ({ date: '2026-10-15', kind: 'vlb_overleg', agenda: [{ caseId: ids.case }] }),
    ok: 201,
  },
  { method: 'GET', route: '/api/v1/case-conferences/:id', url: () => `/api/v1/case-conferences/${ids.conference}`, allowed: CASE_ROLES, denied: notFoundForOthers },
  // nothing changes: the version stays 1
  {
    method: 'PATCH',
    route: '/api/v1/case-conferences/:id',
    url: () => `/api/v1/case-conferences/${ids.conference}`,
    allowed: CASE_ROLES,
    body: () => ({ version: 1 }),
    denied: notFoundForOthers,
  },
  {
    method: 'POST',
    route: '/api/v1/case-conferences/:id/actions',
    url: () => `/api/v1/case-conferences/${ids.conference}/actions`,
    allowed: CASE_ROLES,
    body: () => ({ description: 'Nog een actie', owner: 'Consulent Wmo' }),
    ok: 201,
    denied: notFoundForOthers,
  },
  {
    method: 'PATCH',
    route: '/api/v1/case-conferences/:id/actions/:actionId',
    url: () => `/api/v1/case-conferences/${ids.conference}/actions/${ids.conferenceAction}`,
    allowed: CASE_ROLES,
    body: () => ({ done: true }),
    denied: notFoundForOthers,
  },
  // system signals: the signal is not case data (every role sees it, counts protected); writes by case workers and the programme manager
  { method: 'GET', route: '/api/v1/system-signals', url: () => '/api/v1/system-signals', allowed: ALL },
  { method: 'GET', route: '/api/v1/system-signals/:id', url: () => `/api/v1/system-signals/${ids.signal}`, allowed: ALL },
  { method: 'GET', route: '/api/v1/system-signals/suggestions', url: () => '/api/v1/system-signals/suggestions', allowed: CASE_ROLES },
  {
    method: 'POST',
    route: '/api/v1/system-signals',
    url: () => '/api/v1/system-signals',
    allowed: CASE_ROLES,
    body: () => signalBody(ids.freshKnelpunt!),
    setup: async () => {
      ids.freshKnelpunt = await newKnelpunt();
    },
    ok: 201,
  },
  // nothing changes: the version stays 1
  { method: 'PATCH', route: '/api/v1/system-signals/:id', url: () => `/api/v1/system-signals/${ids.signal}`, allowed: CASE_ROLES, body: () => ({ version: 1 }) },
  // the Tussen Wal en Schip budget: read by every role (protected), set by the programme manager
  { method: 'GET', route: '/api/v1/tws-budget', url: () => '/api/v1/tws-budget?year=2026', allowed: ALL },
  { method: 'PUT', route: '/api/v1/tws-budget/:year', url: () => '/api/v1/tws-budget/2026', allowed: ['programmamanager'], body: () => ({ amountCents: 50_000_00 }) },
  { method: 'GET', route: '/api/v1/learning', url: () => '/api/v1/learning', allowed: ALL },
  // tracing a change back to its cases: case data (only one's own cases; programme manager all)
  { method: 'GET', route: '/api/v1/learning/cases', url: () => `/api/v1/learning/cases?signalId=${ids.signal}`, allowed: CASE_ROLES },
  { method: 'GET', route: '/api/v1/life-domain-frameworks', url: () => '/api/v1/life-domain-frameworks', allowed: ALL },

  // monitoring (issue 5): everyone logged in reads; programme manager and beheerder import
  { method: 'GET', route: '/api/v1/areas', url: () => '/api/v1/areas', allowed: ALL },
  { method: 'GET', route: '/api/v1/indicators', url: () => '/api/v1/indicators', allowed: ALL },
  { method: 'GET', route: '/api/v1/indicators/:id/values', url: () => `/api/v1/indicators/${ids.indicator}/values?area=GM0899&area=NL00`, allowed: ALL },
  {
    method: 'POST',
    route: '/api/v1/indicators/:id/values',
    url: () => `/api/v1/indicators/${ids.indicator}/values`,
    allowed: PM_AND_LEADER,
    body: () => VALUE(String(++valueYear)),
    ok: 201,
  },
  // the same values again: nothing changes
  { method: 'PATCH', route: '/api/v1/indicator-values/:id', url: () => `/api/v1/indicator-values/${ids.value}`, allowed: PM_AND_LEADER, body: () => ({ value: '12.5', source: 'Rollentest', retrievedOn: '2026-11-01' }) },
  // a fresh hand-entered value before every attempt (a success deletes it)
  {
    method: 'DELETE',
    route: '/api/v1/indicator-values/:id',
    url: () => `/api/v1/indicator-values/${ids.freshValue}`,
    allowed: PM_AND_LEADER,
    setup: async () => fresh(() => `/api/v1/indicators/${ids.indicator}/values`, VALUE_FRESH(), 'freshValue')(),
    ok: 204,
  },
  { method: 'POST', route: '/api/v1/imports', url: () => '/api/v1/imports', allowed: IMPORT_ROLES, multipart: importFile, ok: 201 },
  {
    method: 'POST',
    route: '/api/v1/imports/:id/commit',
    url: () => `/api/v1/imports/${ids.import}/commit`,
    allowed: IMPORT_ROLES,
    body: () => ({}),
    setup: () => freshImport(false),
  },
  {
    method: 'POST',
    route: '/api/v1/imports/:id/undo',
    url: () => `/api/v1/imports/${ids.import}/undo`,
    allowed: IMPORT_ROLES,
    body: () => ({}),
    setup: () => freshImport(true),
  },
  { method: 'GET', route: '/api/v1/imports', url: () => '/api/v1/imports', allowed: IMPORT_ROLES },
  { method: 'GET', route: '/api/v1/imports/:id', url: () => `/api/v1/imports/${ids.import}`, allowed: IMPORT_ROLES, setup: () => freshImport(false) },
  { method: 'GET', route: '/api/v1/indicator-values', url: () => '/api/v1/indicator-values?area=GM0899&latest=true', allowed: ALL },
  { method: 'PUT', route: '/api/v1/areas/:code/members', url: () => '/api/v1/areas/KS-BRUNSSUM-NOORD/members', allowed: ['programmamanager'], body: () => ({ buurten: [] }) },
  { method: 'GET', route: '/api/v1/area-geometries', url: () => '/api/v1/area-geometries', allowed: ALL },
  {
    method: 'PUT',
    route: '/api/v1/areas/:code/geometry',
    url: () => '/api/v1/areas/KS-BRUNSSUM-NOORD/geometry',
    allowed: IMPORT_ROLES,
    multipart: () => multipartBody({ filename: 'noord.geojson', content: JSON.stringify({ type: 'Polygon', coordinates: [[[5.97, 50.94], [5.99, 50.94], [5.99, 50.96], [5.97, 50.94]]] }) }),
  },
  { method: 'DELETE', route: '/api/v1/areas/:code/geometry', url: () => '/api/v1/areas/KS-BRUNSSUM-NOORD/geometry', allowed: IMPORT_ROLES },

  // resident voice and theme pages (issue 5): everyone logged in reads; programme manager and project leaders edit
  { method: 'GET', route: '/api/v1/conversation-rounds', url: () => '/api/v1/conversation-rounds', allowed: ALL },
  { method: 'POST', route: '/api/v1/conversation-rounds', url: () => '/api/v1/conversation-rounds', allowed: PM_AND_LEADER, body: () => ROUND, ok: 201 },
  { method: 'GET', route: '/api/v1/conversation-rounds/:id', url: () => `/api/v1/conversation-rounds/${ids.round}`, allowed: ALL, setup: ensureVoice },
  // the same values again: nothing changes, the version stays 1
  { method: 'PATCH', route: '/api/v1/conversation-rounds/:id', url: () => `/api/v1/conversation-rounds/${ids.round}`, allowed: PM_AND_LEADER, body: () => ({ ...ROUND, version: 1 }), setup: ensureVoice },
  { method: 'GET', route: '/api/v1/conversation-rounds/:id/representativeness', url: () => `/api/v1/conversation-rounds/${ids.round}/representativeness`, allowed: ALL, setup: ensureVoice },
  { method: 'GET', route: '/api/v1/stories', url: () => '/api/v1/stories?theme=bestaanszekerheid', allowed: ALL },
  { method: 'GET', route: '/api/v1/stories/export.csv', url: () => '/api/v1/stories/export.csv', allowed: ALL },
  { method: 'POST', route: '/api/v1/stories', url: () => '/api/v1/stories', allowed: PM_AND_LEADER, body: () => STORY(), ok: 201, setup: ensureVoice },
  { method: 'GET', route: '/api/v1/stories/:id', url: () => `/api/v1/stories/${ids.story}`, allowed: ALL, setup: ensureVoice },
  { method: 'PATCH', route: '/api/v1/stories/:id', url: () => `/api/v1/stories/${ids.story}`, allowed: PM_AND_LEADER, body: () => ({ ...STORY(), version: 1 }), setup: ensureVoice },
  {
    method: 'DELETE',
    route: '/api/v1/stories/:id',
    url: () => `/api/v1/stories/${ids.fresh}`,
    allowed: PM_AND_LEADER,
    ok: 204,
    setup: async () => {
      await ensureVoice();
      await fresh(() => '/api/v1/stories', STORY(), 'fresh')();
    },
  },
  { method: 'GET', route: '/api/v1/stories/:id/coding', url: () => `/api/v1/stories/${ids.story}/coding`, allowed: ALL, setup: ensureVoice },
  { method: 'GET', route: '/api/v1/story-themes', url: () => '/api/v1/story-themes', allowed: ALL },
  { method: 'POST', route: '/api/v1/story-themes', url: () => '/api/v1/story-themes', allowed: PM_AND_LEADER, body: () => ({ label: `Matrixthema ${++counter}` }), ok: 201 },
  { method: 'PATCH', route: '/api/v1/story-themes/:id', url: () => `/api/v1/story-themes/${ids.themeCode}`, allowed: PM_AND_LEADER, body: () => ({ description: 'Rollentest' }), setup: ensureVoice },
  {
    method: 'POST',
    route: '/api/v1/story-themes/:id/recode',
    url: () => `/api/v1/story-themes/${ids.fresh}/recode`,
    allowed: PM_AND_LEADER,
    body: () => ({ into: ids.standardTheme, reason: 'Rollentest' }),
    setup: async () => {
      await ensureVoice();
      await fresh(() => '/api/v1/story-themes', { label: `Hercodeer ${++counter}` }, 'fresh')();
    },
  },
  { method: 'GET', route: '/api/v1/themes/:theme', url: () => '/api/v1/themes/bestaanszekerheid?area=KS-BRUNSSUM-OOST', allowed: ALL },
];
/** resident voice: one round, one story and one extra theme code, made once by the programme manager */
const ROUND = {
  title: 'Ronde voor de rollentest',
  periodFrom: '2026-01-05',
  periodTo: '2026-01-30',
  method: 'straatgesprek',
  conductedBy: 'Rollentestteam',
  reach: [{ areaCode: 'KS-BRUNSSUM-NOORD', byAgeBand: { '15_24': 1, '25_44': 2, '45_64': 3, '65_oo': 4 } }],
};
const STORY = () => ({ kind: 'citaat', text: 'Citaat voor de rollentest, zonder persoonsgegevens.', roundId: ids.round, areaCode: 'KS-BRUNSSUM-NOORD', consent: true, themeIds: [ids.standardTheme] });
async function ensureVoice() {
  if (ids.round) return;
  const pm = await ctx.as('programmamanager');
  const themes = (await pm.get('/api/v1/story-themes')).json().items as { id: string; key: string }[];
  ids.standardTheme = themes.find((t) => t.key === 'bestaanszekerheid')!.id;
  const round = await pm.post('/api/v1/conversation-rounds', ROUND);
  if (round.statusCode !== 201) throw new Error(`round: ${round.statusCode} ${round.body}`);
  ids.round = round.json().id;
  const story = await pm.post('/api/v1/stories', STORY());
  if (story.statusCode !== 201) throw new Error(`story: ${story.statusCode} ${story.body}`);
  ids.story = story.json().id;
  const code = await pm.post('/api/v1/story-themes', { label: 'Thema voor de rollentest' });
  if (code.statusCode !== 201) throw new Error(`theme code: ${code.statusCode} ${code.body}`);
  ids.themeCode = code.json().id;
}
const send = (c: Case) => (c.multipart ? c.multipart() : { payload: c.body?.() as never });

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
      await c.setup?.();
      const res = await ctx.anonymous.request({ method: c.method as 'GET', url: c.url(), ...send(c) });
      if (c.allowed === 'public') expect(res.statusCode).toBe(c.ok ?? 200);
      else expect(res.statusCode).toBe(401);
    });
    if (c.anonymousOnly) continue;
    for (const role of ROLES) {
      it(`${label}: ${role}`, async () => {
        await c.setup?.();
        const client = await ctx.as(role);
        const res = await client.request({ method: c.method as 'GET', url: c.url(), ...send(c) });
        const allowed = c.allowed === 'public' || c.allowed.includes(role);
        if (allowed) expect(res.statusCode, res.body).toBe(c.ok ?? 200);
        else {
          expect(res.statusCode, res.body).toBe(c.denied?.(role) ?? 403);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }
      });
    }
  }
});
