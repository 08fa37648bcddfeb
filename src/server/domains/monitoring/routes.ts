import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../shared/api';
import { Area, AreaQuery, ImportReport, Indicator, IndicatorQuery, IndicatorValue, IndicatorValues, PERIOD, ValueInput, ValuePatch, ValuesQuery } from '../../../shared/monitoring';
import { IsoDate } from '../../../shared/validation';
import { AppError } from '../../errors';
import { todayIso } from '../steering/common';
import { commitImport, createValue, indicatorValuesFor, listAreas, listIndicators, previewImport, undoImport, updateValue } from './service';

/** largest accepted upload: a national KWB file (about 17,000 areas × 120 columns) is well under this */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

const UploadFields = z
  .object({
    period: z.string().trim().regex(PERIOD, 'Gebruik een periode als 2024 of 2024-03.').optional(),
    source: z.string().trim().min(3, 'Vul de bron in (minstens 3 tekens).').max(300, 'De bron mag maximaal 300 tekens hebben.').optional(),
    retrievedOn: IsoDate.optional(),
  })
  .strict();

export const monitoringRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;

  zapp.get(
    '/areas',
    { config: { policy: 'monitoring.read' }, schema: { tags: ['monitoring'], summary: 'Gebieden: gemeente, wijken, buurten, programmagebieden en referentiegebieden', querystring: AreaQuery, response: { 200: z.object({ items: z.array(Area) }) } } },
    async (request) => ({ items: await listAreas(db, request.query.level) }),
  );
  zapp.get(
    '/indicators',
    { config: { policy: 'monitoring.read' }, schema: { tags: ['monitoring'], summary: 'Indicatoren met definitie, bron, eenheid, richting en thema', querystring: IndicatorQuery, response: { 200: z.object({ items: z.array(Indicator) }) } } },
    async (request) => ({ items: await listIndicators(db, request.query.theme) }),
  );
  zapp.get(
    '/indicators/:id/values',
    {
      config: { policy: 'monitoring.read' },
      schema: { tags: ['monitoring'], summary: 'Waarden van een indicator per gebied en periode (area mag vaker voorkomen)', params: IdParams, querystring: ValuesQuery, response: { 200: IndicatorValues } },
    },
    async (request) => indicatorValuesFor(db, request.params.id, request.query),
  );
  zapp.post(
    '/indicators/:id/values',
    {
      config: { policy: 'monitoring.values.edit' },
      schema: { tags: ['monitoring'], summary: 'Eén waarde met de hand invoeren (programmamanager, projectleiders)', params: IdParams, body: ValueInput, response: { 201: IndicatorValue } },
    },
    async (request, reply) => reply.status(201).send(await createValue(db, request.user!, request.params.id, request.body)),
  );
  zapp.patch(
    '/indicator-values/:id',
    {
      config: { policy: 'monitoring.values.edit' },
      schema: { tags: ['monitoring'], summary: 'Een met de hand ingevoerde waarde corrigeren', params: IdParams, body: ValuePatch, response: { 200: IndicatorValue } },
    },
    async (request) => updateValue(db, request.user!, request.params.id, request.body),
  );

  zapp.post(
    '/imports',
    {
      config: { policy: 'monitoring.import' },
      schema: {
        tags: ['monitoring'],
        summary: 'Bestand controleren (multipart: file, en optioneel period, source, retrievedOn): geeft voorbeeld en foutenrapport, schrijft nog geen waarden',
        response: { 201: ImportReport },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Stuur het bestand als multipart/form-data met het veld file.');
      const fields: Record<string, string> = {};
      let file: { filename: string; data: Buffer } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file') throw new AppError('validation', 'Stuur het bestand in het veld file.', [{ name: part.fieldname, reason: 'Onbekend bestandsveld.' }]);
            file = { filename: part.filename || 'bestand.csv', data: await part.toBuffer() };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('validation', `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, [{ name: 'file', reason: 'Het bestand is te groot.' }]);
        }
        if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
          throw new AppError('validation', 'Stuur één bestand per keer.', [{ name: 'file', reason: 'Te veel bestanden of velden.' }]);
        }
        throw err;
      }
      if (!file || file.data.length === 0) throw new AppError('validation', 'Kies een bestand om in te lezen.', [{ name: 'file', reason: 'Er is geen (niet-leeg) bestand meegestuurd.' }]);
      const parsed = UploadFields.safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          'validation',
          'Controleer de gemarkeerde velden.',
          parsed.error.issues.map((i) => ({ name: i.path.join('.') || '(body)', reason: i.code === 'unrecognized_keys' ? `Onbekend veld: ${i.keys.join(', ')}.` : i.message })),
        );
      }
      const report = await previewImport(db, request.user!, file.data, {
        filename: file.filename.slice(0, 200),
        period: parsed.data.period,
        source: parsed.data.source,
        retrievedOn: parsed.data.retrievedOn ?? todayIso(),
      });
      return reply.status(201).send(report);
    },
  );
  zapp.post(
    '/imports/:id/commit',
    { config: { policy: 'monitoring.import' }, schema: { tags: ['monitoring'], summary: 'Een gecontroleerde import inlezen: alles of niets', params: IdParams, response: { 200: ImportReport } } },
    async (request) => commitImport(db, request.user!, request.params.id),
  );
  zapp.post(
    '/imports/:id/undo',
    { config: { policy: 'monitoring.import' }, schema: { tags: ['monitoring'], summary: 'Een ingelezen import ongedaan maken: verwijdert precies haar waarden', params: IdParams, response: { 200: ImportReport } } },
    async (request) => undoImport(db, request.user!, request.params.id),
  );
};
