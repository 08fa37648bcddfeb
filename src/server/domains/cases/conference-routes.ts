import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../shared/api';
import {
  Conference,
  ConferenceActionInput,
  ConferenceActionParams,
  ConferenceActionPatch,
  ConferenceInput,
  ConferenceList,
  ConferencePatch,
  ConferenceQuery,
} from '../../../shared/cases';
import { addConferenceAction, createConference, getConference, listConferences, updateConference, updateConferenceAction } from './conferences';
import { processingContext } from './processing-log';

/** Case conferences: case data, so the policies are those of cases (need-to-know per agenda case; others 404). */
export const conferenceRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const tags = ['tussen wal en schip'];

  zapp.get(
    '/case-conferences',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'Casusoverleggen (casuïstiekoverleg, VLB overleg) met een casus die u mag zien; alleen die casussen staan erbij',
        querystring: ConferenceQuery,
        response: { 200: ConferenceList },
      },
    },
    async (request) => ({ items: await listConferences(db, processingContext(request), request.query) }),
  );
  zapp.post(
    '/case-conferences',
    {
      config: { policy: 'cases.write' },
      schema: { tags, summary: 'Een casusoverleg vastleggen: datum, soort, organisaties, agenda, afspraken', body: ConferenceInput, response: { 201: Conference } },
    },
    async (request, reply) => reply.status(201).send(await createConference(db, processingContext(request), request.body)),
  );
  zapp.get(
    '/case-conferences/:id',
    {
      config: { policy: 'cases.open' },
      schema: { tags, summary: 'Eén casusoverleg (alleen met een casus van uw team op de agenda; anderen krijgen 404)', params: IdParams, response: { 200: Conference } },
    },
    async (request) => getConference(db, processingContext(request), request.params.id),
  );
  zapp.patch(
    '/case-conferences/:id',
    {
      config: { policy: 'cases.open' },
      schema: {
        tags,
        summary: 'Een casusoverleg wijzigen (met versie); de agenda vervangt alleen de casussen die u mag zien',
        params: IdParams,
        body: ConferencePatch,
        response: { 200: Conference },
      },
    },
    async (request) => updateConference(db, processingContext(request), request.params.id, request.body),
  );
  zapp.post(
    '/case-conferences/:id/actions',
    {
      config: { policy: 'cases.open' },
      schema: { tags, summary: 'Een afspraak (actie met eigenaar en termijn) toevoegen aan een casusoverleg', params: IdParams, body: ConferenceActionInput, response: { 201: Conference } },
    },
    async (request, reply) => reply.status(201).send(await addConferenceAction(db, processingContext(request), request.params.id, request.body)),
  );
  zapp.patch(
    '/case-conferences/:id/actions/:actionId',
    {
      config: { policy: 'cases.open' },
      schema: { tags, summary: 'Een afspraak van een casusoverleg wijzigen of afvinken', params: ConferenceActionParams, body: ConferenceActionPatch, response: { 200: Conference } },
    },
    async (request) => updateConferenceAction(db, processingContext(request), request.params.id, request.params.actionId, request.body),
  );
};
