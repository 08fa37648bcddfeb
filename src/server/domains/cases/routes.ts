import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../shared/api';
import {
  CaseAttention,
  CaseAttentionQuery,
  CaseDashboard,
  CaseDetail,
  CaseInput,
  CaseList,
  CasePatch,
  CaseQuery,
  KnelpuntOverview,
  KnelpuntQuery,
  ProcessingLogExport,
  ProcessingLogQuery,
  StatusInput,
  TeamCandidates,
} from '../../../shared/cases';
import { AppError } from '../../errors';
import { allows } from '../../policies';
import { caseDashboard, knelpuntOverview } from './aggregates';
import { caseAttention } from './attention';
import { logProcessing, processingContext, processingLogCsv, readProcessingLog } from './processing-log';
import { caseCodeFor, createCase, getCase, listCases, listFrameworks, moveCase, teamCandidates, updateCase } from './service';

const Framework = z.object({
  key: z.string(),
  name: z.string(),
  source: z.string(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  scaleLabels: z.array(z.string()),
  isDefault: z.boolean(),
  domains: z.array(z.object({ key: z.string(), name: z.string() })),
});

export const caseRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;
  const tags = ['tussen wal en schip'];

  zapp.get(
    '/cases',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'De casussen die u mag zien (programmamanager: alle; casusregisseur: waar u in het team zit), per pagina; zoeken op casuscode met q',
        querystring: CaseQuery,
        response: { 200: CaseList },
      },
    },
    async (request) => listCases(db, processingContext(request), request.query),
  );
  zapp.get(
    '/case-attention',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary:
          'Wat vraagt aandacht in de casuïstiek: te lang wachten op een casusoverleg, geen casusverantwoordelijke, acties over de termijn, nazorg niet opgevolgd (alleen uw casussen; programmamanager: alle)',
        querystring: CaseAttentionQuery,
        response: { 200: CaseAttention },
      },
    },
    async (request) => caseAttention(db, processingContext(request), { waitDays: config.caseConferenceWaitDays, kind: request.query.kind, limit: request.query.limit }),
  );
  zapp.get(
    '/case-team-candidates',
    {
      config: { policy: 'cases.write' },
      schema: { tags, summary: 'Wie in een casusteam kan: actieve programmamanagers en casusregisseurs', response: { 200: TeamCandidates } },
    },
    async () => ({ items: await teamCandidates(db) }),
  );
  zapp.post(
    '/cases',
    {
      config: { policy: 'cases.write' },
      schema: { tags, summary: 'Een casus registreren onder een pseudoniem (de code wordt gegenereerd)', body: CaseInput, response: { 201: CaseDetail } },
    },
    async (request, reply) => reply.status(201).send(await createCase(db, processingContext(request), request.body)),
  );
  zapp.get(
    '/cases/:id',
    {
      config: { policy: 'cases.open' },
      schema: { tags, summary: 'Eén casus (alleen voor het casusteam en de programmamanager; anderen krijgen 404)', params: IdParams, response: { 200: CaseDetail } },
    },
    async (request) => getCase(db, processingContext(request), request.params.id),
  );
  zapp.patch(
    '/cases/:id',
    {
      config: { policy: 'cases.open' },
      schema: { tags, summary: 'Een casus wijzigen (met versie; 409 als iemand anders haar intussen wijzigde)', params: IdParams, body: CasePatch, response: { 200: CaseDetail } },
    },
    async (request) => updateCase(db, processingContext(request), request.params.id, request.body),
  );
  zapp.post(
    '/cases/:id/status',
    {
      config: { policy: 'cases.open' },
      schema: {
        tags,
        summary: 'De volgende stap in de werkwijze zetten (aangemeld → in behandeling → besloten → uitgevoerd → nazorg → afgesloten)',
        params: IdParams,
        body: StatusInput,
        response: { 200: CaseDetail },
      },
    },
    async (request) => moveCase(db, processingContext(request), request.params.id, request.body),
  );
  zapp.get(
    '/cases/:id/processing-log',
    {
      config: { policy: 'cases.open' },
      schema: {
        tags,
        summary: 'Het verwerkingslogboek van één casus (Logboek Dataverwerkingen), als JSON of CSV (programmamanager)',
        params: IdParams,
        querystring: ProcessingLogQuery,
        response: { 200: ProcessingLogExport.or(z.string()) },
      },
    },
    async (request, reply) => {
      const ctx = processingContext(request);
      const log = await db.transaction(async (tx) => {
        const c = await caseCodeFor(tx, ctx.actor, request.params.id);
        if (!allows(ctx.actor!, 'cases.processing-log')) throw new AppError('forbidden', 'Alleen de programmamanager exporteert het verwerkingslogboek.');
        await logProcessing(tx, ctx, [{ activity: 'tws.logboek', caseId: c.id, dataSubject: c.code, details: { format: request.query.format } }]);
        return readProcessingLog(tx, c.code);
      });
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="verwerkingslogboek-${log.dataSubject}.csv"`)
          .send(processingLogCsv(log));
      }
      return log;
    },
  );
  zapp.get(
    '/knelpunten',
    {
      config: { policy: 'cases.aggregate' },
      schema: {
        tags,
        summary: 'Knelpunten: die van de casussen die u mag zien, en anonieme aantallen (kleine aantallen afgeschermd voor wie geen casustoegang heeft)',
        querystring: KnelpuntQuery,
        response: { 200: KnelpuntOverview },
      },
    },
    async (request) => knelpuntOverview(db, processingContext(request), request.query),
  );
  zapp.get(
    '/case-dashboard',
    {
      config: { policy: 'cases.aggregate' },
      schema: { tags, summary: 'Casussen in aantallen: per stap, gebied, bron en levensdomein; doorlooptijd; uitgaven; knelpunten', response: { 200: CaseDashboard } },
    },
    async (request) => caseDashboard(db, processingContext(request)),
  );
  zapp.get(
    '/life-domain-frameworks',
    {
      config: { policy: 'cases.aggregate' },
      schema: { tags, summary: 'De kaders van levensdomeinen (standaard: Zelfredzaamheid-Matrix 2017) met hun schaal', response: { 200: z.object({ items: z.array(Framework) }) } },
    },
    async () => ({ items: await listFrameworks(db) }),
  );
};
