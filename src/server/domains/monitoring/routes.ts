import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../shared/api';
import {
  Area,
  AreaCodeParams,
  AreaGeometries,
  AreaQuery,
  AreaValue,
  AreaValuesQuery,
  GeometryQuery,
  ImportReport,
  ImportSummary,
  Indicator,
  IndicatorQuery,
  IndicatorValue,
  IndicatorValues,
  IMPORT_FORMATS,
  MAX_GEOMETRY_BYTES,
  MembersInput,
  PERIOD,
  ValueInput,
  ValuePatch,
  ValuesQuery,
} from '../../../shared/monitoring';
import { IsoDate } from '../../../shared/validation';
import { AppError } from '../../errors';
import { todayIso } from '../steering/common';
import {
  areaGeometries,
  areaValues,
  commitImport,
  createValue,
  getImport,
  indicatorValuesFor,
  listAreas,
  listImports,
  listIndicators,
  previewImport,
  setGeometry,
  setMembers,
  undoImport,
  updateValue,
  deleteValue,
  validateGeometry,
} from './service';

/** largest accepted upload: a national KWB file (about 17,000 areas × 120 columns) is well under this */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

const UploadFields = z
  .object({
    period: z.string().trim().regex(PERIOD, 'Gebruik een periode als 2024 of 2024-03.').optional(),
    source: z.string().trim().min(3, 'Vul de bron in (minstens 3 tekens).').max(300, 'De bron mag maximaal 300 tekens hebben.').optional(),
    retrievedOn: IsoDate.optional(),
    /** chosen by the client, so it can poll GET /imports/{id} for the progress while the file is read */
    id: z.uuid('Gebruik een UUID als kenmerk van de import.').optional(),
    /** the layout the user expects; the file is refused when it has another one (empty: recognise it) */
    format: z.union([z.enum(IMPORT_FORMATS, { error: 'Onbekende soort bestand.' }), z.literal('')]).optional(),
  })
  .strict();

/** Reads the one file of a multipart upload (field `file`) and its text fields, with Dutch errors for every limit. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ file: { filename: string; data: Buffer }; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Stuur het bestand als multipart/form-data met het veld file.');
  const fields: Record<string, string> = {};
  let file: { filename: string; data: Buffer } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw new AppError('validation', 'Stuur het bestand in het veld file.', [{ name: part.fieldname, reason: 'Onbekend bestandsveld.' }]);
        file = { filename: part.filename || 'bestand', data: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('validation', `Het bestand is groter dan ${maxBytes / 1024 / 1024} MB.`, [{ name: 'file', reason: 'Het bestand is te groot.' }]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
      throw new AppError('validation', 'Stuur één bestand per keer.', [{ name: 'file', reason: 'Te veel bestanden of velden.' }]);
    }
    throw err;
  }
  if (!file || file.data.length === 0) throw new AppError('validation', 'Kies een bestand om in te lezen.', [{ name: 'file', reason: 'Er is geen (niet-leeg) bestand meegestuurd.' }]);
  return { file, fields };
}

export const monitoringRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;

  zapp.get(
    '/areas',
    { config: { policy: 'monitoring.read' }, schema: { tags: ['monitoring'], summary: 'Gebieden: gemeente, wijken, buurten, programmagebieden en referentiegebieden', querystring: AreaQuery, response: { 200: z.object({ items: z.array(Area) }) } } },
    async (request) => ({ items: await listAreas(db, request.query.level, request.query.within) }),
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
  zapp.delete(
    '/indicator-values/:id',
    {
      config: { policy: 'monitoring.values.edit' },
      schema: { tags: ['monitoring'], summary: 'Een met de hand ingevoerde waarde verwijderen', params: IdParams },
    },
    async (request, reply) => {
      await deleteValue(db, request.user!, request.params.id);
      return reply.status(204).send();
    },
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
      const { file, fields } = await readUpload(request, MAX_UPLOAD_BYTES);
      const parsed = UploadFields.safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          'validation',
          'Controleer de gemarkeerde velden.',
          parsed.error.issues.map((i) => ({ name: i.path.join('.') || '(body)', reason: i.code === 'unrecognized_keys' ? `Onbekend veld: ${i.keys.join(', ')}.` : i.message })),
        );
      }
      const report = await previewImport(db, request.user!, file.data, {
        id: parsed.data.id,
        expectedFormat: parsed.data.format || undefined,
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
  zapp.get(
    '/imports',
    { config: { policy: 'monitoring.import' }, schema: { tags: ['monitoring'], summary: 'De laatste 50 imports, nieuwste eerst', response: { 200: z.object({ items: z.array(ImportSummary) }) } } },
    async () => ({ items: await listImports(db) }),
  );
  zapp.get(
    '/imports/:id',
    {
      config: { policy: 'monitoring.import' },
      schema: { tags: ['monitoring'], summary: 'Eén import met voorbeeld en foutenrapport; tijdens het lezen (status processing) de voortgang', params: IdParams, response: { 200: ImportReport } },
    },
    async (request) => getImport(db, request.params.id),
  );
  zapp.get(
    '/indicator-values',
    {
      config: { policy: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Waarden van alle (of enkele) indicatoren voor één of meer gebieden; latest=true geeft per indicator en gebied alleen de nieuwste periode',
        querystring: AreaValuesQuery,
        response: { 200: z.object({ items: z.array(AreaValue) }) },
      },
    },
    async (request) => ({ items: await areaValues(db, request.query) }),
  );
  zapp.put(
    '/areas/:code/members',
    {
      config: { policy: 'monitoring.areas.edit' },
      schema: { tags: ['monitoring'], summary: 'De buurten van een programmagebied (Noord, Oost, rest van Brunssum) vastleggen', params: AreaCodeParams, body: MembersInput, response: { 200: Area } },
    },
    async (request) => setMembers(db, request.user!, request.params.code, request.body.buurten),
  );
  zapp.get(
    '/area-geometries',
    {
      config: { policy: 'monitoring.read' },
      schema: { tags: ['monitoring'], summary: 'Kaartvlakken (GeoJSON FeatureCollection) van gebieden met een geometrie', querystring: GeometryQuery, response: { 200: AreaGeometries } },
    },
    async (request) => areaGeometries(db, request.query),
  );
  zapp.put(
    '/areas/:code/geometry',
    {
      config: { policy: 'monitoring.import' },
      schema: { tags: ['monitoring'], summary: 'Kaartvlak van een gebied uploaden (multipart: file met GeoJSON Polygon of MultiPolygon in WGS84, hoogstens 2 MB)', params: AreaCodeParams, response: { 200: Area } },
    },
    async (request) => {
      const { file } = await readUpload(request, MAX_GEOMETRY_BYTES);
      let json: unknown;
      try {
        json = JSON.parse(file.data.toString('utf8').replace(/^\uFEFF/, ''));
      } catch {
        throw new AppError('validation', 'Het bestand is geen geldige GeoJSON (JSON).', [{ name: 'file', reason: 'Het bestand is geen geldige JSON.' }]);
      }
      const checked = validateGeometry(json);
      if ('error' in checked) throw new AppError('validation', checked.error, [{ name: 'file', reason: checked.error }]);
      return setGeometry(db, request.user!, request.params.code, checked.geometry);
    },
  );
  zapp.delete(
    '/areas/:code/geometry',
    { config: { policy: 'monitoring.import' }, schema: { tags: ['monitoring'], summary: 'Kaartvlak van een gebied verwijderen', params: AreaCodeParams, response: { 200: Area } } },
    async (request) => setGeometry(db, request.user!, request.params.code, null),
  );
};
