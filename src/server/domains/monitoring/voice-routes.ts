/**
 * Resident voice and theme pages (issue 5, docs/decisions/0007). Everyone logged in reads
 * (voice.read); the programme manager and project leaders edit (voice.edit).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../shared/api';
import {
  AreaRef,
  RecodeInput,
  RecodeResult,
  Representativeness,
  RoundDetail,
  RoundInput,
  RoundPatch,
  RoundSummary,
  Story,
  StoryCoding,
  StoryInput,
  StoryPatch,
  StoryQuery,
  ThemeCode,
  ThemeCodeInput,
  ThemeCodePatch,
  ThemePage,
  ThemeParams,
  ThemeQuery,
} from '../../../shared/voice';
import { todayIso } from '../steering/common';
import { themePage } from './theme-service';
import {
  createRound,
  createStory,
  createThemeCode,
  deleteStory,
  getRound,
  getStory,
  listRounds,
  listStories,
  listThemeCodes,
  recodeTheme,
  representativeness,
  storiesCsv,
  storyCoding,
  updateRound,
  updateStory,
  updateThemeCode,
  voiceAreaChoices,
} from './voice-service';

const DeleteQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
const TAG = ['stem van bewoners'];

export const voiceRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const read = { policy: 'voice.read' as const };
  const edit = { policy: 'voice.edit' as const };

  // ---------- conversation rounds ----------
  zapp.get(
    '/conversation-rounds',
    { config: read, schema: { tags: TAG, summary: 'Gespreksrondes met bereik per gebied', response: { 200: z.object({ items: z.array(RoundSummary), areaChoices: z.array(AreaRef) }) } } },
    async () => ({ items: await listRounds(db), areaChoices: await voiceAreaChoices(db) }),
  );
  zapp.post(
    '/conversation-rounds',
    { config: edit, schema: { tags: TAG, summary: 'Gespreksronde toevoegen: periode, methode, wie, bereik per gebied en leeftijdsgroep', body: RoundInput, response: { 201: RoundDetail } } },
    async (request, reply) => reply.status(201).send(await createRound(db, request.user!, request.body)),
  );
  zapp.get(
    '/conversation-rounds/:id',
    { config: read, schema: { tags: TAG, summary: 'Eén gespreksronde', params: IdParams, response: { 200: RoundDetail } } },
    async (request) => getRound(db, request.params.id),
  );
  zapp.patch(
    '/conversation-rounds/:id',
    { config: edit, schema: { tags: TAG, summary: 'Gespreksronde wijzigen (met versie)', params: IdParams, body: RoundPatch, response: { 200: RoundDetail } } },
    async (request) => updateRound(db, request.user!, request.params.id, request.body),
  );
  zapp.get(
    '/conversation-rounds/:id/representativeness',
    {
      config: read,
      schema: {
        tags: TAG,
        summary: 'Representativiteit: bereikt per gebied en leeftijdsgroep tegen het aandeel in de bevolking (15+); ondervertegenwoordigd als bereikt aandeel < 0,75 × bevolkingsaandeel',
        params: IdParams,
        response: { 200: Representativeness },
      },
    },
    async (request) => representativeness(db, request.params.id),
  );

  // ---------- stories ----------
  zapp.get(
    '/stories',
    {
      config: read,
      schema: {
        tags: TAG,
        summary: 'Verhalen en citaten, nieuwste eerst, te filteren op thema, gebied, ronde en toestemming; per 100 (limit, offset)',
        querystring: StoryQuery,
        response: { 200: z.object({ items: z.array(Story), total: z.number(), nextOffset: z.number().nullable() }) },
      },
    },
    async (request) => listStories(db, request.query),
  );
  zapp.get(
    '/stories/export.csv',
    { config: read, schema: { tags: TAG, summary: 'Verhalen en citaten MET toestemming voor publicatie als CSV; verhalen zonder toestemming staan er nooit in' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="koers-verhalen-met-toestemming-${todayIso()}.csv"`)
        .send(await storiesCsv(db)),
  );
  zapp.post(
    '/stories',
    { config: edit, schema: { tags: TAG, summary: 'Verhaal of citaat toevoegen (geen namen of adressen; gebied hooguit wijk)', body: StoryInput, response: { 201: Story } } },
    async (request, reply) => reply.status(201).send(await createStory(db, request.user!, request.body)),
  );
  zapp.get(
    '/stories/:id',
    { config: read, schema: { tags: TAG, summary: 'Eén verhaal of citaat', params: IdParams, response: { 200: Story } } },
    async (request) => getStory(db, request.params.id),
  );
  zapp.patch(
    '/stories/:id',
    { config: edit, schema: { tags: TAG, summary: 'Verhaal of citaat wijzigen of (her)coderen (met versie)', params: IdParams, body: StoryPatch, response: { 200: Story } } },
    async (request) => updateStory(db, request.user!, request.params.id, request.body),
  );
  zapp.delete(
    '/stories/:id',
    { config: edit, schema: { tags: TAG, summary: 'Verhaal of citaat verwijderen', params: IdParams, querystring: DeleteQuery } },
    async (request, reply) => {
      await deleteStory(db, request.user!, request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
  zapp.get(
    '/stories/:id/coding',
    { config: read, schema: { tags: TAG, summary: 'De coderingsgeschiedenis van een verhaal: elke wijziging van de thema’s, met reden', params: IdParams, response: { 200: StoryCoding } } },
    async (request) => storyCoding(db, request.params.id),
  );

  // ---------- theme codes ----------
  zapp.get(
    '/story-themes',
    { config: read, schema: { tags: TAG, summary: 'De thema’s waarmee verhalen gecodeerd worden, met het aantal verhalen', response: { 200: z.object({ items: z.array(ThemeCode) }) } } },
    async () => ({ items: await listThemeCodes(db) }),
  );
  zapp.post(
    '/story-themes',
    { config: edit, schema: { tags: TAG, summary: 'Thema toevoegen aan de codelijst', body: ThemeCodeInput, response: { 201: ThemeCode } } },
    async (request, reply) => reply.status(201).send(await createThemeCode(db, request.user!, request.body)),
  );
  zapp.patch(
    '/story-themes/:id',
    { config: edit, schema: { tags: TAG, summary: 'Thema hernoemen of aan een ander monitoringthema koppelen', params: IdParams, body: ThemeCodePatch, response: { 200: ThemeCode } } },
    async (request) => updateThemeCode(db, request.user!, request.params.id, request.body),
  );
  zapp.post(
    '/story-themes/:id/recode',
    { config: edit, schema: { tags: TAG, summary: 'Hercoderen: alle verhalen van dit thema krijgen een ander thema (vastgelegd per verhaal)', params: IdParams, body: RecodeInput, response: { 200: RecodeResult } } },
    async (request) => recodeTheme(db, request.user!, request.params.id, request.body),
  );

  // ---------- theme pages ----------
  zapp.get(
    '/themes/:theme',
    {
      config: read,
      schema: {
        tags: TAG,
        summary: 'Themapagina: indicatoren met referentiegebieden, verhalen en citaten, en de inspanningen en resultaten die het thema raken',
        params: ThemeParams,
        querystring: ThemeQuery,
        response: { 200: ThemePage },
      },
    },
    async (request) => themePage(db, request.params.theme, request.query.area),
  );
};
