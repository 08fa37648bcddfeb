import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../shared/api';
import { LearningTrace, LearningTraceQuery, LearningView, SignalInput, SignalPatch, SignalSuggestions, SystemSignal, SystemSignalList } from '../../../shared/cases';
import { learningView, traceLearning } from './learning';
import { processingContext } from './processing-log';
import { createSignal, getSignal, listSignals, suggestSignals, updateSignal } from './signals';

/** System signals: not case data themselves (every role reads them); their knelpunten are shown per need-to-know. */
export const signalRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const tags = ['tussen wal en schip'];

  zapp.get(
    '/system-signals',
    {
      config: { policy: 'cases.aggregate' },
      schema: {
        tags,
        summary: 'Systeemsignalen met hun weg naar een structurele verandering; aantallen afgeschermd, knelpunten alleen van casussen die u mag zien',
        response: { 200: SystemSignalList },
      },
    },
    async (request) => listSignals(db, processingContext(request)),
  );
  zapp.get(
    '/system-signals/suggestions',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'Voorgestelde clusters van vergelijkbare knelpunten (tekstgelijkenis) die nog bij geen signaal horen; een mens bevestigt',
        response: { 200: SignalSuggestions },
      },
    },
    async (request) => suggestSignals(db, processingContext(request)),
  );
  zapp.post(
    '/system-signals',
    {
      config: { policy: 'cases.write' },
      schema: { tags, summary: 'Een systeemsignaal bevestigen: titel, knelpunten, eigenaar in de lijn, leercirkel', body: SignalInput, response: { 201: SystemSignal } },
    },
    async (request, reply) => reply.status(201).send(await createSignal(db, processingContext(request), request.body)),
  );
  zapp.get(
    '/system-signals/:id',
    {
      config: { policy: 'cases.aggregate' },
      schema: { tags, summary: 'Eén systeemsignaal', params: IdParams, response: { 200: SystemSignal } },
    },
    async (request) => getSignal(db, processingContext(request), request.params.id),
  );
  zapp.patch(
    '/system-signals/:id',
    {
      config: { policy: 'cases.write' },
      schema: {
        tags,
        summary: 'Een systeemsignaal wijzigen: knelpunten toevoegen/weghalen, soort verandering, status (niet opgelost: met reden)',
        params: IdParams,
        body: SignalPatch,
        response: { 200: SystemSignal },
      },
    },
    async (request) => updateSignal(db, processingContext(request), request.params.id, request.body),
  );

  zapp.get(
    '/learning',
    {
      config: { policy: 'cases.aggregate' },
      schema: {
        tags,
        summary: 'Leeroverzicht: welke regels en organisaties de meeste inwoners blokkeren, wat de omwegen kostten, welke structurele veranderingen klaar, onderweg of vastgelopen zijn',
        response: { 200: LearningView },
      },
    },
    async (request) => learningView(db, processingContext(request)),
  );
  zapp.get(
    '/learning/cases',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'Herleiden: de (pseudonieme) casussen achter een blokkerende regel of organisatie of achter een structurele verandering, alleen die u mag zien, per pagina',
        querystring: LearningTraceQuery,
        response: { 200: LearningTrace },
      },
    },
    async (request) => traceLearning(db, processingContext(request), request.query),
  );
};
