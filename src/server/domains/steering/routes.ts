import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../shared/api';
import {
  BudgetLine,
  BudgetLineInput,
  BudgetLinePatch,
  BudgetLineQuery,
  DecisionInput,
  Dependency,
  DependencyInput,
  Evaluation,
  EvaluationInput,
  EvaluationPatch,
  FinanceOverview,
  FundingSource,
  FundingSourceInput,
  FundingSourcePatch,
  LifecyclePatch,
  LIFECYCLES,
  Milestone,
  MilestoneInput,
  MilestonePatch,
  Result,
  ResultInput,
  ResultPatch,
  Risk,
  RiskInput,
  RiskPatch,
  RiskQuery,
  Roadmap,
  RoadmapQuery,
  SignalList,
  SignalQuery,
  Steering,
} from '../../../shared/steering';
import type { Action } from '../../policies';
import { todayIso } from './common';
import { createFundingSource, financeCsv, financeOverview, financeXlsx, listFundingSources, updateFundingSource } from './finance';
import {
  budgetLineRecords,
  createDependency,
  dependencyRecords,
  evaluationRecords,
  listAllDependencies,
  listBudgetLines,
  listRisks,
  milestoneRecords,
  resultRecords,
  riskRecords,
} from './records';
import { getSteering, recordDecision, roadmap, updateLifecycle } from './service';
import { computeSignals } from './signals';

/** crud() registers with the untyped instance (generic schemas); the Zod validator still runs. */
type Req = FastifyRequest<{ Params: { id: string } }>;
const DeleteQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
const EffortLifecycle = z.object({ lifecycle: z.enum(LIFECYCLES).nullable(), lineOwner: z.string().nullable(), version: z.number() });

export const steeringRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const read = { policy: 'programme.read' as Action };
  const edit = { policy: 'steering.edit' as Action };

  zapp.get(
    '/efforts/:id/steering',
    { config: read, schema: { tags: ['sturing'], summary: 'Alles over de sturing van één inspanning, met signalen en levensloop', params: IdParams, response: { 200: Steering } } },
    async (request) => getSteering(db, request.params.id, request.user),
  );
  zapp.patch(
    '/efforts/:id/lifecycle',
    {
      config: { policy: 'evaluation.decide' },
      schema: { tags: ['sturing'], summary: 'Levensloop en geplande periode van een inspanning zetten (programmamanager)', params: IdParams, body: LifecyclePatch },
    },
    async (request) => updateLifecycle(db, request.user!, request.params.id, request.body),
  );

  /** GET+POST under an effort, PATCH+DELETE by id: one set per kind of record. */
  function crud<I, P extends { version: number }, O>(opts: {
    path: string;
    byId: string;
    tag: string;
    what: string;
    records: {
      list(db: never, effortId: string): Promise<O[]>;
      create(db: never, actor: never, effortId: string, input: I): Promise<O>;
      update(db: never, actor: never, id: string, patch: P): Promise<O>;
      remove(db: never, actor: never, id: string, version: number | undefined): Promise<void>;
    };
    input: z.ZodType<I>;
    patch: z.ZodType<P>;
    output: z.ZodType<O>;
    create?: (effortId: string, input: I, actor: never) => Promise<O>;
    noPatch?: boolean;
  }) {
    const r = opts.records as unknown as {
      list(d: typeof db, e: string): Promise<O[]>;
      create(d: typeof db, a: unknown, e: string, i: I): Promise<O>;
      update(d: typeof db, a: unknown, id: string, p: P): Promise<O>;
      remove(d: typeof db, a: unknown, id: string, v: number | undefined): Promise<void>;
    };
    app.get(
      `/efforts/:id/${opts.path}`,
      { config: read, schema: { tags: [opts.tag], summary: `${opts.what} van een inspanning`, params: IdParams, response: { 200: z.object({ items: z.array(opts.output) }) } } },
      async (request: Req) => ({ items: await r.list(db, request.params.id) }),
    );
    app.post(
      `/efforts/:id/${opts.path}`,
      { config: edit, schema: { tags: [opts.tag], summary: `${opts.what}: toevoegen`, params: IdParams, body: opts.input, response: { 201: opts.output } } },
      async (request: Req, reply) => {
        const created = opts.create
          ? await opts.create(request.params.id, request.body as I, request.user as never)
          : await r.create(db, request.user, request.params.id, request.body as I);
        return reply.status(201).send(created);
      },
    );
    if (!opts.noPatch) {
      app.patch(
        `/${opts.byId}/:id`,
        { config: edit, schema: { tags: [opts.tag], summary: `${opts.what}: wijzigen (met versie)`, params: IdParams, body: opts.patch, response: { 200: opts.output } } },
        async (request: Req) => r.update(db, request.user, request.params.id, request.body as P),
      );
    }
    app.delete(
      `/${opts.byId}/:id`,
      { config: edit, schema: { tags: [opts.tag], summary: `${opts.what}: verwijderen`, params: IdParams, querystring: DeleteQuery } },
      async (request: Req, reply) => {
        await r.remove(db, request.user, request.params.id, (request.query as { version?: number }).version);
        return reply.status(204).send();
      },
    );
  }

  crud({ path: 'results', byId: 'results', tag: 'sturing', what: 'Resultaten', records: resultRecords as never, input: ResultInput, patch: ResultPatch, output: Result });
  crud({ path: 'milestones', byId: 'milestones', tag: 'sturing', what: 'Mijlpalen', records: milestoneRecords as never, input: MilestoneInput, patch: MilestonePatch, output: Milestone });
  crud({ path: 'evaluations', byId: 'evaluations', tag: 'sturing', what: 'Evaluatiemomenten', records: evaluationRecords as never, input: EvaluationInput, patch: EvaluationPatch, output: Evaluation });
  crud({ path: 'risks', byId: 'risks', tag: 'risico', what: "Risico's", records: riskRecords as never, input: RiskInput, patch: RiskPatch, output: Risk });
  crud({ path: 'budget-lines', byId: 'budget-lines', tag: 'financien', what: 'Budgetregels', records: budgetLineRecords as never, input: BudgetLineInput, patch: BudgetLinePatch, output: BudgetLine });
  crud({
    path: 'dependencies',
    byId: 'dependencies',
    tag: 'sturing',
    what: 'Afhankelijkheden',
    records: dependencyRecords as never,
    input: DependencyInput,
    patch: DependencyInput as never,
    output: Dependency,
    create: (effortId, input, actor) => createDependency(db, actor, effortId, input),
    noPatch: true,
  });

  zapp.post(
    '/evaluations/:id/decision',
    {
      config: { policy: 'evaluation.decide' },
      schema: {
        tags: ['sturing'],
        summary: 'Het besluit van een evaluatie vastleggen; de levensloop van de inspanning volgt (programmamanager)',
        params: IdParams,
        body: DecisionInput,
        response: { 200: z.object({ evaluation: Evaluation, effort: EffortLifecycle }) },
      },
    },
    async (request) => recordDecision(db, request.user!, request.params.id, request.body),
  );

  zapp.get(
    '/risks',
    { config: read, schema: { tags: ['risico'], summary: "Het risicoregister van het programma", querystring: RiskQuery, response: { 200: z.object({ items: z.array(Risk) }) } } },
    async (request) => ({ items: await listRisks(db, request.query) }),
  );
  zapp.get(
    '/dependencies',
    { config: read, schema: { tags: ['sturing'], summary: 'Alle afhankelijkheden tussen inspanningen en met externe factoren', response: { 200: z.object({ items: z.array(Dependency) }) } } },
    async () => ({ items: await listAllDependencies(db) }),
  );
  zapp.get(
    '/funding-sources',
    { config: read, schema: { tags: ['financien'], summary: 'Financieringsbronnen met periode en status', response: { 200: z.object({ items: z.array(FundingSource) }) } } },
    async () => ({ items: await listFundingSources(db) }),
  );
  zapp.post(
    '/funding-sources',
    { config: { policy: 'finance.sources.edit' }, schema: { tags: ['financien'], summary: 'Financieringsbron toevoegen (programmamanager)', body: FundingSourceInput, response: { 201: FundingSource } } },
    async (request, reply) => reply.status(201).send(await createFundingSource(db, request.user!, request.body)),
  );
  zapp.patch(
    '/funding-sources/:id',
    {
      config: { policy: 'finance.sources.edit' },
      schema: { tags: ['financien'], summary: 'Financieringsbron wijzigen (programmamanager)', params: IdParams, body: FundingSourcePatch, response: { 200: FundingSource } },
    },
    async (request) => updateFundingSource(db, request.user!, request.params.id, request.body),
  );
  zapp.get(
    '/budget-lines',
    { config: read, schema: { tags: ['financien'], summary: 'Budgetregels, te filteren op inspanning, bron en jaar', querystring: BudgetLineQuery, response: { 200: z.object({ items: z.array(BudgetLine) }) } } },
    async (request) => ({ items: await listBudgetLines(db, request.query) }),
  );
  zapp.get(
    '/finance/overview',
    { config: read, schema: { tags: ['financien'], summary: 'Meerjarenoverzicht per inspanning en per bron, met waarschuwingen', response: { 200: FinanceOverview } } },
    async () => financeOverview(db),
  );
  zapp.get(
    '/finance/export.csv',
    { config: read, schema: { tags: ['financien'], summary: 'Financieel overzicht als CSV (puntkomma, decimale komma)' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="koers-financien-${todayIso()}.csv"`)
        .send(await financeCsv(db)),
  );
  zapp.get(
    '/finance/export.xlsx',
    { config: read, schema: { tags: ['financien'], summary: 'Financieel overzicht als Excel-bestand' } },
    async (_request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="koers-financien-${todayIso()}.xlsx"`)
        .send(await financeXlsx(db)),
  );
  zapp.get(
    '/roadmap',
    { config: read, schema: { tags: ['sturing'], summary: 'De planning van het programma over de jaren', querystring: RoadmapQuery, response: { 200: Roadmap } } },
    async (request) => roadmap(db, request.query),
  );
  zapp.get(
    '/signals',
    { config: read, schema: { tags: ['sturing'], summary: 'Wat vraagt aandacht: signalen uit de actuele gegevens', querystring: SignalQuery, response: { 200: SignalList } } },
    async (request) => {
      const today = todayIso();
      const all = await computeSignals(db, today, request.query.effort);
      const counts: Partial<Record<(typeof all)[number]['kind'], number>> = {};
      for (const s of all) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
      const { kind, severity, limit } = request.query;
      const matching = all.filter((s) => (!kind || s.kind === kind) && (!severity || s.severity === severity));
      return { today, items: matching.slice(0, limit), total: matching.length, counts };
    },
  );
};
