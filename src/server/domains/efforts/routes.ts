import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  EffortDetail,
  EffortList,
  EffortPatch,
  HistoryList,
  HistoryQuery,
  IdParams,
  OpenFields,
  SearchQuery,
  SearchResults,
} from '../../../shared/api';
import { effortHistory, getEffort, listEfforts, openFields, searchEfforts, updateEffort } from './service';

export const effortRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const tags = ['inspanningen'];

  zapp.get(
    '/efforts',
    {
      config: { policy: 'programme.read' },
      schema: { tags, summary: 'Alle inspanningen en deelinspanningen, in de volgorde van het programma', response: { 200: EffortList } },
    },
    async () => ({ items: await listEfforts(db) }),
  );

  zapp.get(
    '/efforts/:id',
    {
      config: { policy: 'programme.read' },
      schema: { tags, summary: 'Eén inspanning met haar volledige projectformulier', params: IdParams, response: { 200: EffortDetail } },
    },
    async (request) => getEffort(db, request.params.id, request.user),
  );

  zapp.patch(
    '/efforts/:id',
    {
      config: { policy: 'effort.edit' },
      schema: {
        tags,
        summary: 'Velden van een inspanning wijzigen (met versie; 409 bij een tussentijdse wijziging)',
        params: IdParams,
        body: EffortPatch,
        response: { 200: EffortDetail },
      },
    },
    async (request) => updateEffort(db, request.user!, request.params.id, request.body),
  );

  zapp.get(
    '/efforts/:id/history',
    {
      config: { policy: 'programme.read' },
      schema: {
        tags,
        summary: 'Eerdere versies van de velden van een inspanning (wie, wanneer, oude en nieuwe tekst)',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: HistoryList },
      },
    },
    async (request) => effortHistory(db, request.params.id, request.query),
  );

  zapp.get(
    '/search',
    {
      config: { policy: 'programme.read' },
      schema: { tags, summary: 'Zoeken in namen en alle projectformulieren', querystring: SearchQuery, response: { 200: SearchResults } },
    },
    async (request) => ({ query: request.query.q, items: await searchEfforts(db, request.query.q) }),
  );

  zapp.get(
    '/open-fields',
    {
      config: { policy: 'programme.read' },
      schema: { tags, summary: 'Projectformulieren met velden die nog open staan (N.t.b. of leeg)', response: { 200: OpenFields } },
    },
    async () => ({ items: await openFields(db) }),
  );
};
